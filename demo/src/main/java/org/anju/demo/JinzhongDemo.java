package org.anju.demo;

/**
 * Loads Jinzhong's relocation programme (docs/domain.md's published figures) into a running suite
 * through the gateway's public HTTP API only: the {@link JinzhongDataSet}, generated from a fixed seed,
 * loaded by the {@link DemoLoader}. Every POST carries a deterministic Idempotency-Key, so loading twice
 * duplicates nothing.
 *
 * <p>Usage: {@code JinzhongDemo --gateway http://localhost:8080 --token JWT [--concurrency 12]}
 * (the token may also come from {@code ANJU_TOKEN}); {@code JinzhongDemo --summary} prints the generated
 * figures and loads nothing.
 */
public final class JinzhongDemo {

    private JinzhongDemo() {
    }

    public static void main(String[] args) throws Exception {
        String gateway = "http://localhost:8080", token = System.getenv("ANJU_TOKEN");
        int concurrency = 12;
        if (args.length > 0 && args[0].equals("--summary")) {
            JinzhongDataSet data = JinzhongDataSet.generate();
            System.out.println(data.summary());
            System.out.println(data.followUp.summary());
            return;
        }
        for (int i = 0; i < args.length - 1; i += 2) {
            switch (args[i]) {
                case "--gateway" -> gateway = args[i + 1];
                case "--token" -> token = args[i + 1];
                case "--concurrency" -> concurrency = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("give a city-admin token with --token or ANJU_TOKEN");
        }
        long started = System.nanoTime();
        try (GatewayClient client = new GatewayClient(gateway, token, concurrency, System.out)) {
            DemoLoader.load(JinzhongDataSet.generate(), client);
        }
        System.out.printf("demo: loaded Jinzhong's programme in %d s%n", (System.nanoTime() - started) / 1_000_000_000L);
    }
}
