/**
 * Who an outlet is: its country and type (public service, state-funded, state-controlled, wire agency, private), read from
 * an editable registry ({@code outlets.tsv}, shipped as a resource, overridden line by line by a file of the
 * same name in the data directory). In: an outlet name as a page gives it ("Russia Today (RT)", "Deutsche
 * Welle") or an article address. Out: the {@link org.storyline.enrich.outlet.OutletProfile}, or none. And
 * {@link org.storyline.enrich.outlet.WireCredit}: the wire agency a dateline or byline credits ("BAKU (AP) —"),
 * the author of a copy and of its original whoever republished it.
 *
 * <p>Not done here: judging reliability or bias (the registry records funding and country only), guessing
 * unknown outlets, or reading the store.
 */
package org.storyline.enrich.outlet;
