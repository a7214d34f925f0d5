/**
 * The HTTP server of {@code newsgraph serve}: the JSON API under {@code /api/v1/} and the server-rendered
 * web page. Handlers are thin adapters: they parse parameters into typed values ({@link io.newsgraph.app.web.Params}),
 * ask the store's query classes, and answer with the CLI's JSON shapes ({@link io.newsgraph.app.Json}) or
 * escaped HTML ({@link io.newsgraph.app.web.Html}).
 */
package io.newsgraph.app.web;
