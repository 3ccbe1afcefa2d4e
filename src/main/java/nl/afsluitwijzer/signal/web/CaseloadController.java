package nl.afsluitwijzer.signal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.Role;
import nl.afsluitwijzer.practice.UserAccount;
import nl.afsluitwijzer.practice.UserAdministration;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.signal.Signals;
import nl.afsluitwijzer.signal.TreatmentSignals;
import nl.afsluitwijzer.treatment.Phase;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The therapist's home page: every open treatment with n / E, weeks running and its signal chips,
 * "Actie nodig" first, filters by signal and phase; the waiting list below. The manager sees the practice.
 */
@Controller
class CaseloadController {

    private final Signals signals;
    private final SignalTexts texts;
    private final UserAdministration users;
    private final Clock clock;

    CaseloadController(Signals signals, SignalTexts texts, UserAdministration users, Clock clock) {
        this.signals = signals;
        this.texts = texts;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping("/caseload")
    String caseload(@RequestParam(required = false) Long therapist, @RequestParam(required = false) SignalCode signal,
            @RequestParam(required = false) Phase phase, Model model, Locale locale) {
        CurrentUser user = CurrentUser.require();
        LocalDate today = LocalDate.now(clock);
        List<UserAccount> practiceUsers = users.usersOf(user.practiceId());
        Map<Long, String> names = practiceUsers.stream()
                .collect(Collectors.toMap(UserAccount::getId, UserAccount::getDisplayName));
        List<CaseloadRow> rows = signals.caseload(today, user.isManager() ? therapist : null).stream()
                .map(s -> CaseloadRow.of(s, texts.chips(s.signals(), locale), today,
                        names.get(s.file().treatment().getTherapistId())))
                .toList();
        List<CaseloadRow> active = rows.stream().filter(r -> r.file().treatment().getPhase() != Phase.REFERRED)
                .filter(r -> phase == null || r.file().treatment().getPhase() == phase)
                .filter(r -> signal == null || r.signals().stream().anyMatch(v -> v.code() == signal))
                .sorted(Comparator.comparingInt(CaseloadRow::urgencyRank)
                        .thenComparing(r -> r.file().treatment().getStartDate(), Comparator.nullsLast(
                                Comparator.naturalOrder())))
                .toList();
        model.addAttribute("active", active);
        model.addAttribute("waiting", rows.stream().filter(r -> r.file().treatment().getPhase() == Phase.REFERRED)
                .sorted(Comparator.comparing(r -> r.file().treatment().getRegistrationDate())).toList());
        model.addAttribute("risks", rows.stream().filter(CaseloadRow::risk).toList());
        model.addAttribute("counts", counts(rows));
        model.addAttribute("openCount", rows.stream().filter(r -> r.file().treatment().getPhase() != Phase.REFERRED)
                .count());
        model.addAttribute("manager", user.isManager());
        model.addAttribute("therapists", practiceUsers.stream().filter(u -> u.getRole() != Role.ADMIN).toList());
        model.addAttribute("therapistFilter", therapist);
        model.addAttribute("signalFilter", signal);
        model.addAttribute("phaseFilter", phase);
        model.addAttribute("signalCodes", SignalCode.values());
        model.addAttribute("phases", List.of(Phase.INTAKE, Phase.TREATMENT, Phase.CLOSING));
        model.addAttribute("today", today);
        return "signal/caseload";
    }

    /** How many treatments have an unacknowledged signal of each severity. */
    private static Map<Severity, Long> counts(List<CaseloadRow> rows) {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, rows.stream().filter(r -> r.signals().stream()
                    .anyMatch(v -> !v.acknowledged() && v.severity() == severity)).count());
        }
        return counts;
    }
}
