package nl.afsluitwijzer.web;

import java.util.ArrayList;
import java.util.List;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.Role;

/**
 * The main menu: only the pages the user's role may use. Modules add entries here as their pages land.
 */
public final class Navigation {

    /** One menu entry: a message key for its label and the path it leads to. */
    public record Item(String labelKey, String path) {}

    private Navigation() {}

    public static List<Item> itemsFor(CurrentUser user) {
        List<Item> items = new ArrayList<>();
        Role role = user.role();
        if (role != Role.ADMIN) {
            items.add(new Item("nav.caseload", "/caseload"));
            items.add(new Item("nav.session-import", "/behandelingen/sessies-importeren"));
            items.add(new Item("nav.intervision", "/intervisie"));
        }
        if (role == Role.MANAGER) {
            items.add(new Item("nav.insight", "/inzicht"));
        }
        if (role != Role.THERAPIST) {
            items.add(new Item("nav.admin", "/beheer/gebruikers"));
            items.add(new Item("nav.audit", "/beheer/audit"));
        }
        if (role == Role.ADMIN) {
            items.add(new Item("nav.backups", "/beheer/back-ups"));
        }
        if (role == Role.MANAGER) {
            items.add(new Item("nav.policy", "/beheer/beleid"));
            items.add(new Item("nav.letters", "/beheer/brieven"));
            items.add(new Item("nav.expected-course", "/beheer/verwacht-verloop"));
            items.add(new Item("nav.privacy", "/privacy"));
        }
        if (role != Role.ADMIN) {
            items.add(new Item("nav.sources", "/bronnen"));
        }
        return items;
    }
}
