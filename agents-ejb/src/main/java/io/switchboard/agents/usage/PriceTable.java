package io.switchboard.agents.usage;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * US-dollar prices per million input and output tokens, by model name: {@code model=input:output} entries
 * separated by {@code ;} or {@code ,} (e.g. {@code gpt-4o-mini=0.15:0.60}). A model that is not listed costs 0 (a
 * local model usually does). Prices are matched on the exact name, else on the longest listed prefix, so
 * {@code gpt-4o-mini} also prices {@code gpt-4o-mini-2024-07-18}.
 */
public final class PriceTable {

    /** List prices when this was written; override with switchboard.usage.prices. */
    public static final String DEFAULTS = "gpt-4o-mini=0.15:0.60;gpt-4o=2.50:10.00;gpt-4.1-mini=0.40:1.60;"
            + "claude-3-5-haiku=0.80:4.00;claude-sonnet-4=3.00:15.00;gemini-2.0-flash=0.10:0.40";

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private record Price(BigDecimal input, BigDecimal output) {
    }

    private final Map<String, Price> prices = new HashMap<>();

    public PriceTable(String spec) {
        if (spec == null) {
            return;
        }
        for (String entry : spec.split("[;,]")) {
            String trimmed = entry.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int eq = trimmed.lastIndexOf('=');
            String[] both = eq < 0 ? new String[0] : trimmed.substring(eq + 1).split(":");
            if (eq <= 0 || both.length != 2) {
                throw new IllegalArgumentException("Price entry '" + trimmed + "' is not model=input:output");
            }
            try {
                prices.put(trimmed.substring(0, eq).strip().toLowerCase(Locale.ROOT),
                        new Price(new BigDecimal(both[0].strip()), new BigDecimal(both[1].strip())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Price entry '" + trimmed + "' has a price that is not a number");
            }
        }
    }

    /** The estimated cost of one call. */
    public BigDecimal cost(String model, long inputTokens, long outputTokens) {
        Price price = lookup(model == null ? "" : model.toLowerCase(Locale.ROOT));
        if (price == null) {
            return BigDecimal.ZERO;
        }
        return price.input().multiply(BigDecimal.valueOf(inputTokens)).add(price.output()
                .multiply(BigDecimal.valueOf(outputTokens))).divide(MILLION, MathContext.DECIMAL64);
    }

    public boolean prices(String model) {
        return lookup(model == null ? "" : model.toLowerCase(Locale.ROOT)) != null;
    }

    private Price lookup(String model) {
        Price exact = prices.get(model);
        if (exact != null) {
            return exact;
        }
        String best = null;
        for (String listed : prices.keySet()) {
            if (model.startsWith(listed) && (best == null || listed.length() > best.length())) {
                best = listed;
            }
        }
        return best == null ? null : prices.get(best);
    }
}
