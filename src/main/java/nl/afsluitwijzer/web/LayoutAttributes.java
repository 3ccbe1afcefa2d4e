package nl.afsluitwijzer.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.DemoMode;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the user, the menu, the current path, the demo banner. */
@ControllerAdvice
class LayoutAttributes {

    private final DemoMode demoMode;

    LayoutAttributes(DemoMode demoMode) {
        this.demoMode = demoMode;
    }

    @ModelAttribute("currentUser")
    @Nullable
    CurrentUser currentUser() {
        return CurrentUser.current().orElse(null);
    }

    @ModelAttribute("navigation")
    List<Navigation.Item> navigation() {
        return CurrentUser.current().map(Navigation::itemsFor).orElse(List.of());
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("demoMode")
    boolean demoMode() {
        return demoMode.enabled();
    }
}
