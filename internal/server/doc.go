// Package server is the HTTP side of `audit serve`: an API that newsroom
// tools call to check an article (POST /v1/check answers with exactly the
// JSON, SARIF, HTML or line output of `audit check`), and a page where an
// editor pastes or uploads a draft and sees every claim highlighted with
// its findings, rendered by the same templates as the HTML format. The
// page works as a plain form with JavaScript off and re-checks as the
// editor types with it on.
//
// It is built with the standard library's net/http and is safe by
// default: a body size cap, a time-out per request, a limit on checks run
// at once with a short queue, bearer-token authentication, CORS only for
// the origins named, a Content-Security-Policy that lets no script run
// but the page's own file, URL fetching only when asked for and then only
// to public addresses (package safefetch), and an access log that never
// holds article text. Serve shuts down gracefully, finishing the requests
// in flight.
//
// The archive's pages plug in through Config.Reports (mounted under
// /reports/) and Config.Store (a "Store in archive" button on the page).
package server
