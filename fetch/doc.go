// Package fetch gets ward policy pages from the city's website into a
// folder, politely and incrementally, for `wardgraph fetch`.
//
// Polite: a User-Agent naming wardgraph and its repository, robots.txt
// obeyed (the group for "wardgraph", else "*"), one request per host per
// Config.Rate, a timeout per request, bounded retries with exponential
// backoff on timeouts, 429 (honouring Retry-After) and 5xx, and redirects
// followed only within the same site.
//
// Incremental: the folder's manifest (wardgraph-fetch.json) records for
// each URL its final URL, fetch time, status, ETag, Last-Modified, SHA-256
// and content type. A re-run sends conditional requests and keeps the pages
// that answer 304; every file is written atomically (a temporary file
// renamed into place) and the manifest after each page, so an interrupted
// run resumes where it stopped. A page is saved only when it parses as a
// ward management policy page; anything else is a failure naming the URL.
//
// The clock is injectable (Config.Clock), so tests never sleep.
package fetch
