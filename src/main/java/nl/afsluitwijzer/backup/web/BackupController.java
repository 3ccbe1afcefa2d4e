package nl.afsluitwijzer.backup.web;

import nl.afsluitwijzer.backup.internal.BackupException;
import nl.afsluitwijzer.backup.internal.Backups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Beheer → Back-ups, for the administrator: the complete backups with date and size, and "make one now".
 * On PostgreSQL the page explains pg_dump instead (the application does not back up that database).
 */
@Controller
@RequestMapping("/beheer/back-ups")
class BackupController {

    private static final Logger LOG = LoggerFactory.getLogger(BackupController.class);

    private final Backups backups;

    BackupController(Backups backups) {
        this.backups = backups;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("database", backups.database().name());
        model.addAttribute("backups", backups.list());
        model.addAttribute("keyFiles", backups.keyFiles());
        model.addAttribute("keep", Backups.KEEP);
        return "backup/backups";
    }

    @PostMapping
    String create(RedirectAttributes redirect) {
        if (backups.database() != Backups.Database.EMBEDDED_FILE) {
            redirect.addFlashAttribute("backupProblem", "backups.unavailable");
            return "redirect:/beheer/back-ups";
        }
        try {
            backups.createNow()
                    .ifPresentOrElse(
                            made -> redirect.addFlashAttribute("backupMade", made.name()),
                            () -> redirect.addFlashAttribute("backupProblem", "backups.busy"));
        } catch (BackupException e) {
            LOG.error("Backup on demand failed: {}", e.getMessage(), e);
            redirect.addFlashAttribute("backupProblem", "backups.failed");
        }
        return "redirect:/beheer/back-ups";
    }
}
