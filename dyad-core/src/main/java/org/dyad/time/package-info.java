/**
 * Dates: publication dates as articles write them, and the dates of events as the text gives them.
 * Depends only on the model.
 */
package org.dyad.time;
