/**
 * The web layer: server-rendered pages (jte templates, precompiled at build time), the JSON API with its
 * OpenAPI document ({@link org.storyline.web.ApiRoutes}), and outgoing feeds ({@link org.storyline.web.FeedRoutes},
 * written by {@code org.storyline.web.syndication}). In: a {@link org.storyline.store.Store}, the search index,
 * and the subscriptions for following feeds. Out: HTML, JSON and feeds over HTTP. Ingesting is the pipeline's
 * job; the web layer writes only what readers do ({@link org.storyline.web.Readers}: accounts, comments,
 * follows) and following or unfollowing sources. API failures map to statuses in
 * {@link org.storyline.web.ApiErrors} alone (and {@link org.storyline.web.JettyErrors} for requests Jetty
 * refuses before the app sees them); page failures in {@link org.storyline.web.WebServer}, and for the readers'
 * pages in {@link org.storyline.web.Renderer}.
 *
 * <p>What a visitor cannot do: make the server follow feeds without a signed-in account of the configured role
 * ({@link org.storyline.web.FollowGuard}), send a body over 64 KiB however it is framed
 * ({@link org.storyline.web.BodyCap}), lock a reader out by guessing ({@link org.storyline.web.SignInThrottle}),
 * or choose the host in the links the site hands out ({@link org.storyline.web.WebSettings#publicUrl()}).
 */
package org.storyline.web;
