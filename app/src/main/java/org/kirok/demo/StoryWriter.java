package org.kirok.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.kirok.event.FuzzyDate;
import org.kirok.store.Confidentiality;

/**
 * Invents what one fictional witness recounts: a forced repatriation from China and what followed, a relative
 * taken to a political prison camp, punishment for foreign media, or for faith. The patterns follow what public
 * reports describe; every person, date and detail is made up. Also writes the (clearly fictional) transcript.
 */
final class StoryWriter {
    private static final String[] BORDER_COUNTIES = {"KP-NH-OS", "KP-NH-HR", "KP-NH-MS", "KP-NH-KW", "KP-RG-HY"};
    private static final String[] CHINESE_CITIES = {"CN-JL-YJ", "CN-JL-LJ", "CN-JL-HL", "CN-JL-TM", "CN-JL-CB",
        "CN-LN-DD", "CN-LN-SY", "CN-JL-HC"};
    private static final String[] HOLDING_CENTRES = {"F-JKS-OS", "F-JKS-HR", "F-JKS-MS", "F-JKS-CJ", "F-JKS-HY", "F-JKS-SU"};
    private static final String[] MSS_HOLDING = {"F-MSS-NH", "F-MSS-OS", "F-MSS-HY"};
    private static final String[] PRISONS = {"F-KHS12", "F-KHS1", "F-KHS-CH", "F-LTU-HR", "F-LTU-HY"};
    private static final String[] CAMPS = {"F-KWL14", "F-KWL15", "F-KWL16", "F-KWL25"};
    private static final String[] CITIES = {"KP-NH-CJ", "KP-RG-HY", "KP-NH-HR", "KP-SH-HH", "KP-NP-SU", "KP-CG-KG"};

    private final Random random;
    private final Supplier<Individual> others;
    private final List<PlannedAct> acts = new ArrayList<>();
    private final StringBuilder transcript = new StringBuilder();

    StoryWriter(Random random, Supplier<Individual> others) {
        this.random = random;
        this.others = others;
    }

    List<PlannedAct> acts() {
        return acts;
    }

    String transcript() {
        return "[가상 증언 — 시연용 자료입니다. 실제 인물이나 사건이 아닙니다. / Fictional demonstration testimony.]\n\n"
                + transcript;
    }

    /** Writes one story for a witness; returns the year it ends, for the interview date. */
    int write(Individual witness) {
        int roll = random.nextInt(100);
        if (roll < 60) {
            return repatriation(witness);
        } else if (roll < 75) {
            return relativeTaken(witness);
        } else if (roll < 90) {
            return foreignMedia(witness);
        }
        return faith(witness);
    }

    private int repatriation(Individual witness) {
        int escape = 1997 + random.nextInt(24);
        String county = pick(BORDER_COUNTIES);
        String city = pick(CHINESE_CITIES);
        LocalDate arrest = LocalDate.of(escape + random.nextInt(4), 1 + random.nextInt(12), 1 + random.nextInt(28));
        LocalDate handover = arrest.plusDays(10 + random.nextInt(60));
        String border = city.startsWith("CN-LN") ? "CN-LN-DD" : "CN-JL-TM";
        String holding = city.startsWith("CN-LN") ? "F-CN-DD" : "F-CN-TM";
        String repatriationEvent = "Forced repatriations through " + (border.equals("CN-LN-DD") ? "Dandong" : "Tumen")
                + ", " + handover.getYear();
        say("저는 " + escape + "년에 " + county.substring(6) + " 근처에서 강을 건너 중국으로 갔습니다. ");
        say("중국에서 몇 해 지내다가 " + arrest.getYear() + "년에 공안에게 붙잡혔습니다. ");
        add("arbitrary_detention", null, fuzz(arrest), city, perps(new String[] {"CN-PSB", "carried_out"}), "high",
                "victim", List.of(), Optional.empty(), Confidentiality.INTERNAL, Optional.empty());
        if (random.nextInt(10) < 7) {
            add("arbitrary_detention", null, fuzz(arrest.plusDays(3)), holding, perps(new String[] {"CN-PSB", "carried_out"}),
                    "high", "victim", List.of(), Optional.empty(), Confidentiality.INTERNAL, Optional.empty());
        }
        add("forced_repatriation", null, fuzz(handover), border, perps(new String[] {"CN-BDF", "handed_over"},
                new String[] {"MSS", "carried_out"}), "high", "victim", List.of("imprisonment"), Optional.empty(),
                Confidentiality.INTERNAL, Optional.of(repatriationEvent));
        for (int i = random.nextInt(4); i > 0; i--) {
            Individual companion = others.get();
            if (random.nextInt(10) < 4) {
                add("arbitrary_detention", companion, fuzz(arrest), city, perps(new String[] {"CN-PSB", "carried_out"}),
                        "high", "eyewitness", List.of(), Optional.empty(), Confidentiality.INTERNAL, Optional.empty());
            }
            add("forced_repatriation", companion, fuzz(handover), border, perps(new String[] {"CN-BDF", "handed_over"}),
                    "high", "eyewitness", List.of("imprisonment"), Optional.empty(), Confidentiality.INTERNAL,
                    Optional.of(repatriationEvent));
            say("함께 있던 사람도 같이 붙잡혀 북송되었습니다. ");
        }
        Individual mother = others.get();
        add("arbitrary_detention", mother, fuzz(arrest.minusMonths(1 + random.nextInt(6))), county,
                perps(new String[] {"MSS", "carried_out"}), "medium", "family", List.of("trauma"), Optional.empty(),
                Confidentiality.RESTRICTED, Optional.empty());
        say("제가 떠난 뒤 집에 남은 가족이 보위부에 불려가 조사를 받았다고 들었습니다. ");
        say("변방구류소에 갇혀 있다가 강제로 북송되었고, 보위부 구류장에서 조사를 받으며 맞았습니다. ");
        LocalDate interrogation = handover.plusDays(2 + random.nextInt(10));
        add("torture", null, fuzz(interrogation), pick(MSS_HOLDING), perps(new String[] {"MSS", "carried_out"}),
                "high", "victim", List.of("injury", "trauma"), Optional.empty(), Confidentiality.INTERNAL, Optional.empty());
        String centre = pick(HOLDING_CENTRES);
        add("arbitrary_detention", null, fuzz(interrogation.plusDays(20)), centre, perps(new String[] {"MPS", "carried_out"}),
                "high", "victim", List.of(), Optional.empty(), Confidentiality.INTERNAL, Optional.empty());
        add("forced_labour", null, fuzz(interrogation.plusDays(30)), centre, perps(new String[] {"MPS", "carried_out"}),
                "medium", "victim", List.of(), Optional.empty(), Confidentiality.INTERNAL, Optional.empty());
        say("집결소에서는 배가 고파 풀을 뜯어 먹으며 일했습니다. ");
        if (witness.sex() == org.kirok.person.Sex.F && random.nextInt(4) == 0) {
            add("forced_abortion", null, fuzz(interrogation.plusDays(25)), centre, perps(new String[] {"MPS", "carried_out"}),
                    "high", "victim", List.of("injury", "trauma"), Optional.empty(), Confidentiality.RESTRICTED, Optional.empty());
        }
        Individual fellow = others.get();
        add("death_in_custody", fellow, fuzz(interrogation.plusDays(40)), centre, perps(new String[] {"MPS", "failed_to_prevent"}),
                "medium", "fellow_detainee", List.of("death"), Optional.empty(), Confidentiality.RESTRICTED, Optional.empty());
        say("함께 있던 사람 한 명은 병이 들었는데 치료를 받지 못하고 숨졌습니다. ");
        LocalDate trial = interrogation.plusDays(60 + random.nextInt(60));
        add("unfair_trial", null, fuzz(trial), courtOf(centre),
                perps(new String[] {"COURT", "carried_out"}), "medium", "victim", List.of("imprisonment"),
                Optional.of("CL-221"), Confidentiality.INTERNAL, Optional.empty());
        String prison = pick(PRISONS);
        add("forced_labour", null, fuzz(trial.plusDays(30)), prison, perps(new String[] {"MPS", "carried_out"}),
                "high", "victim", List.of("injury"), Optional.empty(), Confidentiality.INTERNAL, Optional.empty());
        if (random.nextBoolean()) {
            add("starvation_in_custody", null, fuzz(trial.plusMonths(3)), prison, perps(new String[] {"MPS", "carried_out"}),
                    "medium", "victim", List.of(), Optional.empty(), Confidentiality.INTERNAL, Optional.empty());
        }
        say("재판은 몇 분 만에 끝났고 교화소에서 노동을 했습니다. ");
        if (random.nextBoolean()) {
            Individual executed = others.get();
            LocalDate execution = trial.plusMonths(random.nextInt(12));
            add("public_execution", executed, fuzz(execution), pick(CITIES), perps(new String[] {"MPS", "carried_out"},
                    new String[] {"COURT", "ordered"}), "medium", "eyewitness", List.of("death"), Optional.empty(),
                    Confidentiality.INTERNAL, Optional.of("Public execution, " + execution.getYear()));
            say("그곳 사람들은 공개처형을 보도록 동원되었습니다. ");
        }
        return trial.getYear() + 1 + random.nextInt(3);
    }

    private int relativeTaken(Individual witness) {
        Individual relative = others.get();
        int year = 1985 + random.nextInt(30);
        LocalDate taken = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        String camp = pick(CAMPS);
        add("enforced_disappearance", relative, fuzz(taken), witness.hometownKey(), perps(new String[] {"MSS", "carried_out"}),
                "high", "family", List.of("family_separation"), Optional.empty(), Confidentiality.RESTRICTED, Optional.empty());
        add("arbitrary_detention", relative, FuzzyDate.year(year).after(), camp, perps(new String[] {"MSS", "carried_out"}),
                "low", "hearsay", List.of("imprisonment"), Optional.empty(), Confidentiality.RESTRICTED, Optional.empty());
        add("collective_punishment", null, fuzz(taken.plusMonths(2)), witness.hometownKey(), perps(new String[] {"MSS", "ordered"}),
                "high", "victim", List.of("loss_of_property"), Optional.empty(), Confidentiality.INTERNAL, Optional.empty());
        add("forced_relocation", null, fuzz(taken.plusMonths(3)), pick(new String[] {"KP-RG-PC", "KP-NH-YS", "KP-RG-KJ"}),
                perps(new String[] {"MPS", "carried_out"}), "high", "victim", List.of("loss_of_property"), Optional.empty(),
                Confidentiality.INTERNAL, Optional.empty());
        say("어느 날 밤 보위부 사람들이 와서 가족 한 사람을 데려갔고, 그 뒤로 소식을 듣지 못했습니다. ");
        Individual sibling = others.get();
        add("forced_relocation", sibling, fuzz(taken.plusMonths(3)), witness.hometownKey(),
                perps(new String[] {"MPS", "carried_out"}), "high", "family", List.of("family_separation"), Optional.empty(),
                Confidentiality.INTERNAL, Optional.empty());
        say("나머지 가족은 산골로 추방되었습니다. ");
        int escape = year + 5 + random.nextInt(10);
        add("restriction_of_movement", null, FuzzyDate.year(Math.min(escape, 2023)).about(), witness.hometownKey(),
                perps(new String[] {"BORDER", "carried_out"}), "medium", "victim", List.of(), Optional.empty(),
                Confidentiality.INTERNAL, Optional.empty());
        return Math.min(escape + 2, 2025);
    }

    private int foreignMedia(Individual witness) {
        int year = 2021 + random.nextInt(4);
        LocalDate arrest = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        String city = pick(CITIES);
        add("punishment_for_expression", null, fuzz(arrest), city, perps(new String[] {"MSS", "carried_out"}),
                "high", "victim", List.of("imprisonment"), Optional.of("RTCRL-27"), Confidentiality.INTERNAL, Optional.empty());
        add("arbitrary_detention", null, fuzz(arrest.plusDays(1)), pick(MSS_HOLDING), perps(new String[] {"MSS", "carried_out"}),
                "high", "victim", List.of(), Optional.empty(), Confidentiality.INTERNAL, Optional.empty());
        add("ill_treatment", null, fuzz(arrest.plusDays(5)), pick(MSS_HOLDING), perps(new String[] {"MSS", "carried_out"}),
                "high", "victim", List.of("trauma"), Optional.empty(), Confidentiality.INTERNAL, Optional.empty());
        for (int i = 0; i < 1 + random.nextInt(4); i++) {
            Individual neighbour = others.get();
            LocalDate when = arrest.minusMonths(random.nextInt(10));
            add("punishment_for_expression", neighbour, fuzz(when), city, perps(new String[] {"MSS", "carried_out"}),
                    "medium", "hearsay", List.of("imprisonment"), Optional.of("RTCRL-27"), Confidentiality.INTERNAL,
                    Optional.of("Crackdown on foreign media, " + when.getYear()));
        }
        say("남조선 드라마를 본 것이 들켜 보위부에 끌려갔습니다. 같은 동네 사람들도 여럿 잡혀갔습니다. ");
        return Math.min(year + 1, 2025);
    }

    private int faith(Individual witness) {
        int year = 1998 + random.nextInt(22);
        LocalDate arrest = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        add("religious_persecution", null, fuzz(arrest), witness.hometownKey(), perps(new String[] {"MSS", "carried_out"}),
                "high", "victim", List.of("imprisonment"), Optional.empty(), Confidentiality.RESTRICTED, Optional.empty());
        add("torture", null, fuzz(arrest.plusDays(4)), pick(MSS_HOLDING), perps(new String[] {"MSS", "carried_out"}),
                "high", "victim", List.of("injury"), Optional.empty(), Confidentiality.RESTRICTED, Optional.empty());
        Individual believer = others.get();
        add("arbitrary_detention", believer, FuzzyDate.decade(year), pick(CAMPS), perps(new String[] {"MSS", "carried_out"}),
                "low", "hearsay", List.of("imprisonment"), Optional.empty(), Confidentiality.RESTRICTED, Optional.empty());
        say("성경을 가지고 있다는 이유로 조사를 받았습니다. 함께 모이던 분은 관리소로 보내졌다고 들었습니다. ");
        return Math.min(year + 3, 2025);
    }

    private static List<String[]> perps(String[]... involvements) {
        return List.of(involvements);
    }

    /** The provincial court that tries people held at a holding centre. */
    private static String courtOf(String centre) {
        return switch (centre) {
            case "F-JKS-HY" -> "KP-RG-HY";
            case "F-JKS-SU" -> "KP-NP-SU";
            default -> "KP-NH-CJ";
        };
    }

    private void add(String type, Individual other, FuzzyDate date, String place, List<String[]> perpetrators,
                     String reliability, String connection, List<String> consequences, Optional<String> article,
                     Confidentiality confidentiality, Optional<String> event) {
        acts.add(new PlannedAct(type, Optional.ofNullable(other), date, place, perpetrators, reliability, connection,
                consequences, article, random.nextInt(20) == 0 ? Confidentiality.PUBLIC : confidentiality, event));
    }

    /** A date as a witness would know it: often the day, sometimes only the month or year, rarely nothing. */
    private FuzzyDate fuzz(LocalDate day) {
        LocalDate capped = day.isAfter(LocalDate.of(2025, 6, 30)) ? LocalDate.of(2025, 6, 30) : day;
        int roll = random.nextInt(100);
        if (roll < 40) {
            return FuzzyDate.day(capped);
        } else if (roll < 70) {
            return FuzzyDate.month(YearMonth.from(capped));
        } else if (roll < 88) {
            return FuzzyDate.year(capped.getYear());
        } else if (roll < 94) {
            return FuzzyDate.year(capped.getYear()).about();
        } else if (roll < 97) {
            return FuzzyDate.decade(capped.getYear());
        }
        return FuzzyDate.UNKNOWN;
    }

    private void say(String sentence) {
        transcript.append(sentence);
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
