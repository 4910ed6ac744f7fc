package io.switchboard.api.client;

import io.switchboard.api.status.PlatformStatus;
import io.switchboard.api.usage.UsageReport;

/** How the platform is doing: {@code GET /api/status} and today's model usage, {@code GET /api/usage}. */
public interface StatusApi {

    PlatformStatus status();

    /** Model calls, tokens and cost of today (UTC), per agent, with the total. */
    UsageReport usageToday();
}
