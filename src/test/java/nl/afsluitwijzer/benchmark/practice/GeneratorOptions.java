package nl.afsluitwijzer.benchmark.practice;

import java.nio.file.Path;

/**
 * The generator's command line: {@code --treatments N [--seed S] [--therapists T] [--waiting W] [--recreate]
 * (--postgres URL [--user U] [--password P] [--data-dir DIR] | --h2 DIR)}. The PostgreSQL user and password default
 * to AFSLUITWIJZER_GENERATOR_DB_USER / _PASSWORD, else afsluitwijzer; the data directory (audit key, anchors,
 * sign-in file) to target/practice-data.
 */
record GeneratorOptions(
        int treatments, long seed, int therapists, int waiting, boolean recreate, TargetDatabase target) {

    static final String USAGE = "usage: --treatments N [--seed S] [--therapists T] [--waiting W] [--recreate] "
            + "(--postgres JDBC-URL [--user U] [--password P] [--data-dir DIR] | --h2 DIR)";

    static GeneratorOptions parse(String... args) {
        Integer treatments = null;
        long seed = 1;
        int therapists = 200;
        int waiting = 500;
        boolean recreate = false;
        String postgres = null;
        String h2 = null;
        String user = env("AFSLUITWIJZER_GENERATOR_DB_USER", "afsluitwijzer");
        String password = env("AFSLUITWIJZER_GENERATOR_DB_PASSWORD", "afsluitwijzer");
        Path dataDir = Path.of("target", "practice-data");
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--recreate")) {
                recreate = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(name + " needs a value; " + USAGE);
            }
            String value = args[++i];
            switch (name) {
                case "--treatments" -> treatments = positive(name, value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--therapists" -> therapists = positive(name, value);
                case "--waiting" -> waiting = Integer.parseInt(value);
                case "--postgres" -> postgres = value;
                case "--h2" -> h2 = value;
                case "--user" -> user = value;
                case "--password" -> password = value;
                case "--data-dir" -> dataDir = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + name + "; " + USAGE);
            }
        }
        if (treatments == null || (postgres == null) == (h2 == null)) {
            throw new IllegalArgumentException(USAGE);
        }
        TargetDatabase target = postgres != null
                ? TargetDatabase.postgres(postgres, user, password, dataDir)
                : TargetDatabase.h2(Path.of(h2));
        return new GeneratorOptions(treatments, seed, therapists, waiting, recreate, target);
    }

    private static int positive(String name, String value) {
        int number = Integer.parseInt(value);
        if (number < 1) {
            throw new IllegalArgumentException(name + " must be at least 1");
        }
        return number;
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
