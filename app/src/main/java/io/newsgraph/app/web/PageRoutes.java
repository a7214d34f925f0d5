package io.newsgraph.app.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.newsgraph.entities.EntityType;
import io.newsgraph.store.ArticleListing;
import io.newsgraph.store.EntityQueries;
import io.newsgraph.store.StoreException;
import io.newsgraph.store.StoredArticles;

/** The web page's routes: {@code /} (latest or search), {@code /entity/{id}}, {@code /article/{id}}, {@code /story/{id}}, {@code /static/{name}}. */
final class PageRoutes {
    /**
     * Pages use only this server's stylesheet and script; inline SVG needs nothing more. It also keeps any
     * markup that escaping missed from running script.
     */
    private static final String POLICY = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:;"
            + " form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final Stores stores;
    private final SearchApi search;
    private final StaticAssets assets;

    private final StoriesApi stories;

    PageRoutes(Stores stores, SearchApi search, StoriesApi stories, StaticAssets assets) {
        this.stories = stories;
        this.stores = stores;
        this.search = search;
        this.assets = assets;
    }

    void register(Javalin app) {
        app.get("/", this::home);
        app.get("/entity/{id}", ctx -> html(ctx, EntityPage.render(EntitiesApi.profile(stores, ctx.pathParam("id")))));
        app.get("/article/{id}", this::article);
        app.get("/story/{id}", ctx -> html(ctx, StoryPage.render(stories.report(ctx.pathParam("id")))));
        app.get("/static/{name}", ctx -> {
            if (!assets.serve(ctx, ctx.pathParam("name"))) throw ApiException.notFound("no file " + ctx.pathParam("name"));
        });
    }

    private void home(Context ctx) throws StoreException {
        if (Params.text(ctx, "q") == null) {
            var latest = stores.read(db -> new ArticleListing(db).list(new ArticleListing.Query(null, null, null, null, null, 20)));
            var people = stores.read(db -> new EntityQueries(db).list(EntityType.PERSON, 12));
            html(ctx, SearchPage.home(latest.items(), people));
        } else {
            html(ctx, SearchPage.results(search.run(ctx, Html.MATCH_OPEN, Html.MATCH_CLOSE), Params.date(ctx, "from"), Params.date(ctx, "to")));
        }
    }

    private void article(Context ctx) throws StoreException {
        long id = Params.articleId(ctx);
        String page = stores.read(db -> {
            StoredArticles.Stored stored = new StoredArticles(db).stored(id);
            return stored == null ? null : ArticlePage.render(stored, ArticleNames.of(db, stored));
        });
        if (page == null) throw ApiException.notFound("no article " + id);
        html(ctx, page);
    }

    static void html(Context ctx, String page) {
        ctx.header("Content-Security-Policy", POLICY).contentType("text/html; charset=utf-8").result(page);
    }

    /** A refusal on a page route, as a page. */
    static void error(Context ctx, int status, String message) {
        ctx.status(status);
        html(ctx, PageLayout.page("Error " + status, null, "<h1>" + status + "</h1><p class=\"error\">" + Html.esc(message) + "</p>"));
    }
}
