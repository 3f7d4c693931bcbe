// Package safefetch makes HTTP clients that connect only to public
// addresses. Every host name is resolved and every address it resolves to
// is checked before a connection is made, for the first request and for
// each redirect, and the address actually dialled is checked once more:
// a server that fetches URLs for its users cannot be turned against
// itself, its loopback services or the private network it sits in
// (server-side request forgery).
package safefetch
