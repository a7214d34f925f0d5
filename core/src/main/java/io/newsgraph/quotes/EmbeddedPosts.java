package io.newsgraph.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Statements in embedded posts (tweets). A post's last line is its signature ("— Name (@handle) date");
 * the account is its speaker, unless the post quotes someone ("Jane Roe: “…”"), in which case the quoted
 * person speaks and the account relays. Links are dropped from the text.
 */
final class EmbeddedPosts {

    private static final Pattern SIGNATURE = Pattern.compile("^\\s*[—–-]+\\s*(.+?\\(@\\w+\\)|.+?)\\s*(\\p{Lu}\\p{L}+ \\d{1,2}, \\d{4}.*)?$");
    private static final Pattern QUOTED = Pattern.compile("^(.{2,120}?):\\s*[\"“](.+?)[\"”]\\s*$", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("\\s*(https?://\\S+|pic\\.twitter\\.com/\\S+)");

    /** A post's statement before speaker resolution: who as written, the text, and the relaying account. */
    record Post(String speakerAsWritten, String text, String account) {
    }

    List<Post> read(List<String> embeds) {
        List<Post> out = new ArrayList<>();
        for (String embed : embeds) {
            String[] lines = embed.strip().split("\n");
            String account = null;
            int textLines = lines.length;
            Matcher sig = SIGNATURE.matcher(lines[lines.length - 1]);
            if (lines.length > 1 && sig.matches()) {
                account = sig.group(1).strip();
                textLines--;
            }
            String text = LINK.matcher(String.join("\n", java.util.Arrays.copyOf(lines, textLines))).replaceAll("").strip();
            if (text.isEmpty()) continue;
            Matcher q = QUOTED.matcher(text);
            if (q.matches() && q.group(2).split("\\s+").length >= 3) {
                out.add(new Post(q.group(1).strip(), q.group(2).strip(), account));
            } else if (account != null) {
                out.add(new Post(account, text, null));
            }
        }
        return out;
    }
}
