package main

import (
	"errors"
	"strconv"
)

// jobsFlag is the -j flag: a number of workers, 1 or more. Left unset it
// stays 0, which the runner reads as one per CPU.
type jobsFlag int

func (j *jobsFlag) String() string {
	if j == nil || *j == 0 {
		return ""
	}
	return strconv.Itoa(int(*j))
}

func (j *jobsFlag) Set(v string) error {
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		return errors.New("want a number of articles to analyse at once, 1 or more")
	}
	*j = jobsFlag(n)
	return nil
}
