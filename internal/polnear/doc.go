// Package polnear reads the PolNeAR corpus of political news with
// attribution annotations: its metadata table, its articles and their brat
// standoff files of source, cue and content spans. The corpus is
// development data kept outside the repository; the measurements that use
// it skip where it is absent.
package polnear
