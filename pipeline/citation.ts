// citation: the repository's CITATION.cff → the copy a release carries, with the release's `version` and
// `date-released` (issue 4). Comments and key order of the root file are kept.
import { parseDocument } from "yaml"

/** The CITATION.cff of a release: the root file's text with `version` and `date-released` set. */
export const stampCitation = (root: string, version: string, date: string): string => {
  const doc = parseDocument(root)
  if (doc.errors.length > 0) throw new Error(`CITATION.cff is not valid YAML: ${doc.errors[0]!.message}`)
  doc.set("version", version)
  doc.set("date-released", date)
  return doc.toString()
}

/** One line to cite a release by, in the style of APA for data sets. */
export const citationLine = (authors: string, title: string, version: string, date: string): string =>
  `${authors} (${date.slice(0, 4)}). ${title} (Version ${version}) [Data set].`
