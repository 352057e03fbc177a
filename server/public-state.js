// SQL for "what the public sees has changed": the published listings of each list (count and
// newest change). Shared by the app's caches (app/utils/db-generation.server.ts) and the page
// cache (server/page-cache.js), which runs outside the Remix build.
export const PUBLISHED_STATE_SQL = `
  select (select count(*) from scenarios where status = 'published') || ':' ||
         (select coalesce(max(updated_at), '') from scenarios where status = 'published') || ':' ||
         (select count(*) from capabilities where status = 'published') || ':' ||
         (select coalesce(max(updated_at), '') from capabilities where status = 'published')`;
