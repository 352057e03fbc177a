// Addresses of the moderators' pages.
export function adminListingPath(kind: string, code: string) {
  return `/admin/listings/${kind}/${encodeURIComponent(code)}`;
}
