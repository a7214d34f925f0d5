package io.newsgraph.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt rules per origin, fetched once per run and parsed by crawler-commons. A missing robots.txt
 * (4xx) allows everything; a server error or no answer disallows the origin for this run, as RFC 9309
 * asks ("unreachable": assume complete disallow).
 */
final class RobotsCache {
    /** Fetches robots.txt without consulting robots.txt. */
    interface Source {
        Fetched fetch(URI robotsTxt) throws FetchException;
    }

    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, BaseRobotRules> byOrigin = new ConcurrentHashMap<>();
    private final String robotsName;
    private final Source source;

    RobotsCache(String robotsName, Source source) {
        this.robotsName = robotsName;
        this.source = source;
    }

    boolean allows(URI url) {
        String origin = url.getScheme() + "://" + url.getRawAuthority();
        return byOrigin.computeIfAbsent(origin, this::load).isAllowed(url.toString());
    }

    private BaseRobotRules load(String origin) {
        URI robots = URI.create(origin + "/robots.txt");
        try {
            Fetched f = source.fetch(robots);
            return parser.parseContent(robots.toString(), f.body(), f.contentType() == null ? "text/plain" : f.contentType(),
                    List.of(robotsName));
        } catch (FetchException e) {
            return parser.failedFetch(e.status() == 0 ? 503 : e.status());
        }
    }
}
