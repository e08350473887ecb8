/**
 * Dates: reading the dates that articles and inputs write, in their many English forms.
 * Depends only on the JDK.
 */
package org.dyad.time;
