// A match's reasons in words, in the page's language.
import type { Messages } from "../locales/zh-CN";
import type { MatchReason } from "../models/search-index";
import type { Category, Domain } from "../models/vocabulary";

export function reasonText(t: Messages, reason: MatchReason): string {
  switch (reason.type) {
    case "terms":
      return t.match.reasonTerms(reason.terms.join(t.match.separator));
    case "category":
      return t.match.reasonCategory(t.vocab.category[reason.category as Category] ?? reason.category);
    case "domain":
      return t.match.reasonDomain(t.vocab.domain[reason.domain as Domain] ?? reason.domain);
  }
}
