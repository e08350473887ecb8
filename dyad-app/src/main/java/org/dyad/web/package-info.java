/**
 * {@code dyad serve}: the JSON API over the event store and the analysts' dashboard (static files
 * under {@code /public}, libraries from WebJars). Bad parameters are HTTP 400 naming the parameter,
 * unknown ids 404; a 500 means a bug in Dyad.
 */
package org.dyad.web;
