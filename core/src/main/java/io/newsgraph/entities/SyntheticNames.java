package io.newsgraph.entities;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Synthetic persons and the articles that name them, for measuring resolution against a known truth
 * ({@code SyntheticNamesTest}) and for timing it ({@link ResolutionBench}). Each person has a given name
 * and a surname drawn from Arabic, Persian, Russian and English pools, each with its usual
 * transliterations, plus an organization and a city that travel with them. Articles render a person with
 * a random transliteration, with or without "al-"/"Al-"/"el-", sometimes an honorific, sometimes a
 * one-letter typo, then the surname alone; other people who share the surname appear elsewhere. Fully
 * determined by the seed.
 */
public final class SyntheticNames {

    /** One person: the canonical given name's variants, the surname's variants, and their context. */
    public record Person(int id, String[] given, String[] surname, boolean article, String org, String city) {
    }

    /** One article: its mentions and, for each, the true person id (-1 for organizations and places). */
    public record Article(String id, List<Mention> mentions, List<Integer> truth) {
    }

    static final String[][] GIVEN = {
            {"Mohammed", "Muhammad", "Mohamed", "Mohammad"}, {"Ahmed", "Ahmad"}, {"Ali", "Aly"},
            {"Hassan", "Hasan"}, {"Hussein", "Husayn", "Hossein", "Husein"}, {"Omar", "Umar"}, {"Khaled", "Khalid"},
            {"Youssef", "Yusuf", "Yousef"}, {"Ziyad", "Ziad"}, {"Ismail", "Esmail"}, {"Ibrahim", "Ebrahim"},
            {"Mahmoud", "Mahmud"}, {"Mustafa", "Mostafa"}, {"Karim", "Kareem"}, {"Tariq", "Tarek", "Tareq"},
            {"Walid", "Waleed"}, {"Samir", "Sameer"}, {"Jamal", "Gamal"}, {"Nabil", "Nabeel"}, {"Said", "Saeed"},
            {"Faisal", "Faysal"}, {"Osama", "Usama"}, {"Rashid", "Rashed"}, {"Majid", "Majed"}, {"Hamza", "Hamzah"},
            {"Bilal"}, {"Anwar"}, {"Salim", "Saleem"}, {"Qassem", "Qasem", "Ghasem"}, {"Reza"}, {"Mehdi", "Mahdi"},
            {"Hamid", "Hamed"}, {"Javad"}, {"Mojtaba"}, {"Abbas"}, {"Jafar", "Jaafar", "Ja'far"}, {"Morteza"},
            {"Sergei", "Sergey"}, {"Dmitry", "Dmitri"}, {"Alexei", "Alexey", "Aleksei"}, {"Yuri", "Yury"},
            {"Mikhail"}, {"Vladimir"}, {"Nikolai", "Nikolay"}, {"Andrei", "Andrey"}, {"Olga"}, {"Tatiana", "Tatyana"},
            {"John"}, {"Michael"}, {"David"}, {"Sarah"}, {"James"}, {"Robert"}, {"Emily"}, {"Mary"}, {"Thomas"},
            {"Laura"}, {"Peter"}, {"Fatima", "Fatimah"}, {"Leila", "Layla"}, {"Zainab", "Zeinab"}, {"Maryam", "Mariam"}};

    /** Surnames; the flag says whether Arabic "al-" may be written before it. */
    static final String[][] SURNAME = {
            {"Haddad"}, {"Masri"}, {"Khalil"}, {"Mansour", "Mansur"}, {"Qureshi", "Qurashi"}, {"Hamdan"},
            {"Nakhalah", "Nakhaleh"}, {"Zahar"}, {"Shami"}, {"Halabi"}, {"Tamimi"}, {"Sharif", "Shareef"},
            {"Nasser", "Nasir"}, {"Saleh", "Salih"}, {"Ghanem", "Ghanim"}, {"Jaber", "Jabir"}, {"Hakim", "Hakeem"},
            {"Rahman"}, {"Kuwaiti"}, {"Bakri"}, {"Amiri"}, {"Sayegh", "Sayigh"}, {"Darwish", "Darweesh"},
            {"Qaddoumi", "Kaddoumi"}, {"Barghouti", "Barghouthi"}, {"Hosseini", "Husseini", "Husaini"},
            {"Rezaei", "Rezaee", "Rezai"}, {"Mousavi", "Musavi", "Moussavi"}, {"Soleimani", "Suleimani", "Solaimani"},
            {"Tehrani"}, {"Karimi"}, {"Ahmadi"}, {"Rahimi"}, {"Ghalibaf", "Qalibaf"}, {"Larijani"}, {"Velayati"},
            {"Shamkhani"}, {"Jalili"}, {"Abdollahian", "Abdullahian"}, {"Bagheri", "Baqeri"}, {"Zarif"},
            {"Ivanov"}, {"Petrov"}, {"Smirnov"}, {"Kuznetsov"}, {"Popov"}, {"Sokolov"}, {"Lavrov"}, {"Volkov"},
            {"Medvedev"}, {"Shoigu"}, {"Peskov"}, {"Zakharova"}, {"Smith"}, {"Johnson"}, {"Brown"}, {"Miller"},
            {"Davis"}, {"Wilson"}, {"Taylor"}, {"Anderson"}, {"Thompson"}, {"Walker"}};

    private static final Set<String> ARABIC_SURNAMES = Set.of("Haddad", "Masri", "Khalil", "Mansour", "Qureshi",
            "Hamdan", "Nakhalah", "Zahar", "Shami", "Halabi", "Tamimi", "Sharif", "Nasser", "Saleh", "Ghanem", "Jaber",
            "Hakim", "Rahman", "Kuwaiti", "Bakri", "Amiri", "Sayegh", "Darwish", "Qaddoumi", "Barghouti");
    private static final String[] HONORIFICS = {"Mr", "Dr", "Sheikh", "Sayyed", "Hajj"};
    private static final String[] SYLLABLES = {"ba", "da", "ka", "ma", "na", "ra", "sa", "ta", "za", "ha", "la",
            "mi", "ni", "ri", "si", "di", "lo", "ko", "vo", "zu", "nu", "ru", "sha", "kha", "gan", "mar", "dar", "bek"};

    private final Random random;

    public SyntheticNames(long seed) {
        this.random = new Random(seed);
    }

    /**
     * {@code n} distinct persons (no two with the same canonical given name and surname). With
     * {@code inventedSurnames}, surnames are also built from syllables, for a name space as large as a
     * big archive's; otherwise they come from the pools only, so many people share each surname.
     */
    public List<Person> persons(int n, boolean inventedSurnames) {
        List<Person> out = new ArrayList<>();
        Set<String> taken = new LinkedHashSet<>();
        int orgs = Math.max(50, n / 6);
        int cities = Math.max(30, n / 20);
        while (out.size() < n) {
            String[] given = GIVEN[random.nextInt(GIVEN.length)];
            String[] surname = inventedSurnames && random.nextInt(4) > 0 ? invented() : SURNAME[random.nextInt(SURNAME.length)];
            if (!taken.add(given[0] + " " + surname[0])) continue;
            boolean article = ARABIC_SURNAMES.contains(surname[0]) || (surname.length > 1 && surname[1].endsWith("i") && random.nextBoolean());
            out.add(new Person(out.size(), given, surname, article, "Org" + word(random.nextInt(orgs)) + " Brigades",
                    "City" + word(random.nextInt(cities))));
        }
        return out;
    }

    /**
     * Articles in which each person appears {@code appearances} times, two or three persons an article,
     * each with their organization and city.
     */
    public List<Article> articles(List<Person> persons, int appearances) {
        List<Integer> slots = new ArrayList<>();
        for (Person p : persons) for (int k = 0; k < appearances; k++) slots.add(p.id());
        java.util.Collections.shuffle(slots, random);
        List<Article> out = new ArrayList<>();
        int i = 0;
        while (i < slots.size()) {
            int size = Math.min(slots.size() - i, 2 + random.nextInt(2));
            List<Person> cast = new ArrayList<>();
            Set<String> surnames = new LinkedHashSet<>();
            for (int k = 0; k < size; k++) {
                Person p = persons.get(slots.get(i + k));
                // two people of one surname in one article make "Haddad said" ambiguous; newsrooms avoid it too
                if (surnames.add(p.surname()[0]) && !cast.contains(p)) cast.add(p);
            }
            i += size;
            out.add(article("A" + out.size(), cast));
        }
        return out;
    }

    private Article article(String id, List<Person> cast) {
        List<Mention> mentions = new ArrayList<>();
        List<Integer> truth = new ArrayList<>();
        int at = 0;
        for (Person p : cast) {
            String full = fullName(p);
            String withHonorific = random.nextInt(6) == 0 ? HONORIFICS[random.nextInt(HONORIFICS.length)] + " " + full : full;
            mentions.add(new Mention(withHonorific, EntityType.PERSON, -1, at, at += withHonorific.length(), withHonorific));
            truth.add(p.id());
            String last = full.substring(full.lastIndexOf(' ') + 1);
            for (int k = random.nextInt(3); k > 0; k--) {
                mentions.add(new Mention(last, EntityType.PERSON, -1, at, at += last.length(), withHonorific));
                truth.add(p.id());
            }
            mentions.add(Mention.of(p.org(), EntityType.ORG, -1, at, at += p.org().length()));
            truth.add(-1);
            mentions.add(Mention.of(p.city(), EntityType.LOC, -1, at, at += p.city().length()));
            truth.add(-1);
        }
        return new Article(id, mentions, truth);
    }

    /** A rendering of the person's name: a transliteration, an article form, now and then a typo. */
    private String fullName(Person p) {
        String given = p.given()[random.nextInt(p.given().length)];
        String surname = p.surname()[random.nextInt(p.surname().length)];
        if (random.nextInt(20) == 0) {
            if (random.nextBoolean()) surname = typo(surname);
            else given = typo(given);
        }
        if (p.article()) {
            surname = switch (random.nextInt(5)) {
                case 0 -> "al-" + surname;
                case 1 -> "Al-" + surname;
                case 2 -> "el-" + surname;
                case 3 -> "Al " + surname;
                default -> surname;
            };
        }
        return given + " " + surname;
    }

    /** One letter inserted, deleted or replaced, never the first (readers notice those). */
    private String typo(String w) {
        if (w.length() < 5) return w;
        int at = 1 + random.nextInt(w.length() - 2);
        char c = (char) ('a' + random.nextInt(26));
        return switch (random.nextInt(3)) {
            case 0 -> w.substring(0, at) + c + w.substring(at);
            case 1 -> w.substring(0, at) + w.substring(at + 1);
            default -> w.substring(0, at) + c + w.substring(at + 1);
        };
    }

    private String[] invented() {
        StringBuilder b = new StringBuilder();
        int n = 2 + random.nextInt(2);
        for (int k = 0; k < n; k++) b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        String s = Character.toUpperCase(b.charAt(0)) + b.substring(1);
        // a second spelling as transliterations differ: -ah for -a, e for i, ou for u
        String alt = s.endsWith("a") ? s + "h" : s.contains("i") ? s.replaceFirst("i", "e") : s.replaceFirst("u", "ou");
        return new String[] {s, alt};
    }

    /** A pronounceable word for the n-th organization or city, distinct for distinct n. */
    private static String word(int n) {
        StringBuilder b = new StringBuilder();
        do {
            b.append(SYLLABLES[n % SYLLABLES.length]);
            n /= SYLLABLES.length;
        } while (n > 0);
        return b.substring(0, 1).toUpperCase() + b.substring(1);
    }
}
