// Package sentences splits the blocks of an article into sentences and finds
// its quotations, keeping exact byte offsets so that every claim can be traced
// back to the text. Apply fills the sentences and quotations of an
// article.Document. The splitter knows the abbreviations, initials, numbers
// and quotation habits of English news copy (titles such as "Sen.", state
// abbreviations such as "R-Ark.", "U.S.", "5 p.m.", attributions after a
// quoted question such as `"Is it?" he asked.`); the quotation scanner finds
// spans of quoted speech, including quotations that run over several
// sentences or, by news convention, over several paragraphs. Both scanners run
// in linear time over the bytes of the text, with no regular expressions.
package sentences
