/** Dates: publication dates as written in articles, and the dates of events. Depends only on the model. */
package org.dyad.time;
