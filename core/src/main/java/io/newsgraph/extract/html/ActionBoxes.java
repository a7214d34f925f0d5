package io.newsgraph.extract.html;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Cookie-consent banners and newsletter sign-up boxes, recognised by what they are built around — an
 * "Accept all" or "Sign up" button, an e-mail field — and by what they talk about, not by their
 * class names, which consent platforms generate ("sp_message_container_9021"). Such a box can hold
 * more prose than a short article, so without this it may win the scoring.
 *
 * <p>From each such control the box grows upwards while the parent adds less text than the box
 * already has, and never into the article's own containers ({@code article}, {@code main}, an
 * element with the {@code h1} or named like content).
 */
final class ActionBoxes {
    private ActionBoxes() {}

    /** Button labels that answer a consent question or ask for a subscription, in a few languages. */
    private static final Pattern ACTION_LABEL = Pattern.compile(
            "(?i)(accept|agree|allow|consent|reject|decline|refuse|deny|manage|ok|okay|got it|i understand|continue"
                    + "|sign (me )?up|subscribe|register|join|akzeptieren|zustimmen|ablehnen|einverstanden|anmelden|abonnieren"
                    + "|accepter|j'accepte|refuser|continuer|s'abonner|s'inscrire|aceptar|rechazar|suscribirse|accetta|accetto"
                    + "|rifiuta|iscriviti|aceitar|rejeitar|inscrever|assinar)\\b.{0,30}");

    /** Words of consent notices and sign-up boxes; a box must use at least two different ones. */
    private static final String[] TOPIC_WORDS = {
        "cookie", "consent", "privacy", "personal data", "partners", "tracking", "preferences", "newsletter",
        "subscribe", "sign up", "signing up", "inbox", "e-mail", "email", "datenschutz", "einwilligung",
        "confidentialit", "donn\u00e9es personnelles", "privacidad", "datos personales", "privacidade"
    };

    /** A box above this many characters is a page region, not a banner. */
    private static final int MAX_BOX = 4000;

    /**
     * A step up may add this many characters, or as many as the box already has, whichever is more:
     * enough to take in a sign-up box's pitch around its form, too little to take in an article around it.
     */
    private static final int LABEL_SIZE = 1000;

    /** Steps up from a control; a banner is rarely nested deeper around its buttons. */
    private static final int MAX_LEVELS = 10;

    /** The consent and sign-up boxes under {@code root}. */
    static Set<Element> find(Element root, TextStats stats, Deadline deadline) {
        Set<Element> boxes = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element control : root.select("button, input, [role=button]")) {
            deadline.check();
            if (!isAction(control)) {
                continue;
            }
            Element box = boxAround(control, root, stats);
            if (box != null && !boxes.contains(box) && talksAboutConsentOrSignup(box.text())) {
                boxes.add(box);
            }
        }
        return boxes;
    }

    private static boolean isAction(Element control) {
        if (control.nameIs("input")) {
            String type = control.attr("type").toLowerCase(Locale.ROOT);
            return type.equals("email") || (type.equals("submit") && ACTION_LABEL.matcher(control.attr("value").strip()).matches());
        }
        String label = control.text().strip();
        return label.length() <= 40 && ACTION_LABEL.matcher(label).matches();
    }

    private static Element boxAround(Element control, Element root, TextStats stats) {
        Element box = null;
        int boxText = 0;
        Element e = control.parent();
        for (int level = 0; level < MAX_LEVELS && e != null && e != root && !isArticleContainer(e); level++) {
            int text = stats.text(e);
            int added = text - boxText;
            if (text > MAX_BOX || added > Math.max(boxText, LABEL_SIZE) || holdsHeadline(e)) {
                break;
            }
            box = e;
            boxText = text;
            e = e.parent();
        }
        return box;
    }

    private static boolean isArticleContainer(Element e) {
        String tag = e.normalName();
        return tag.equals("article") || tag.equals("main") || tag.equals("body") || tag.equals("html")
                || e.attr("itemprop").equalsIgnoreCase("articleBody") || ClassNames.classify(e) == ClassNames.Verdict.CONTENT;
    }

    private static boolean holdsHeadline(Element e) {
        return !e.getElementsByTag("h1").isEmpty();
    }

    private static boolean talksAboutConsentOrSignup(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        int topics = 0;
        for (String word : TOPIC_WORDS) {
            if (t.contains(word) && ++topics >= 2) {
                return true;
            }
        }
        return false;
    }
}
