// /api: the human description of the open data — endpoints with live examples, files and feeds.
import type { MetaFunction } from "@remix-run/node";
import { GeneralErrorBoundary } from "../components/error-boundary";
import { messagesFromMatches, useMessages } from "../utils/i18n";

export const meta: MetaFunction = ({ matches }) => {
  const t = messagesFromMatches(matches);
  return [{ title: `${t.apiDocs.title} · ${t.site.name}` }, { name: "description", content: t.apiDocs.intro }];
};

const q = (text: string) => encodeURIComponent(text);

export default function ApiDocs() {
  const t = useMessages();
  const endpoints = [
    { path: "GET /api/scenarios", purpose: t.apiDocs.list, example: `/api/scenarios?category=${q("影像采集")}&pageSize=5` },
    { path: "GET /api/capabilities", purpose: t.apiDocs.list, example: `/api/capabilities?domain=${q("文化旅游")}` },
    { path: "GET /api/scenarios/CODE", purpose: t.apiDocs.detail, example: "/api/scenarios/CJ-001" },
    { path: "GET /api/capabilities/CODE", purpose: t.apiDocs.detail, example: "/api/capabilities/NL-001" },
    { path: "GET /api/search?q=&type=&limit=", purpose: t.apiDocs.search, example: `/api/search?q=${q("全景相机")}&limit=5` },
    { path: "GET /api/scenarios/CODE/matches", purpose: t.apiDocs.matches, example: "/api/scenarios/CJ-029/matches?limit=5" },
    { path: "GET /api/capabilities/CODE/matches", purpose: t.apiDocs.matches, example: "/api/capabilities/NL-041/matches" },
    { path: "GET /api/openapi.json", purpose: t.apiDocs.openapi, example: "/api/openapi.json" },
  ];
  const files = [
    { path: "/export/scenarios.csv", purpose: t.apiDocs.csv },
    { path: "/export/capabilities.csv", purpose: t.apiDocs.csv },
    { path: "/export/board.xlsx", purpose: t.apiDocs.xlsx },
    { path: "/export/board.json", purpose: t.apiDocs.json },
    { path: "/feeds/scenarios.atom", purpose: t.apiDocs.atom },
    { path: "/feeds/capabilities.atom", purpose: t.apiDocs.atom },
  ];
  return (
    <article className="detail api-docs">
      <h1>{t.apiDocs.title}</h1>
      <p className="lead">{t.apiDocs.intro}</p>
      <section aria-labelledby="endpoints-title" className="detail-section">
        <h2 id="endpoints-title">{t.apiDocs.endpoints}</h2>
        <div className="table-wrap">
          <table className="category-table">
            <thead>
              <tr>
                <th scope="col">{t.apiDocs.endpoint}</th>
                <th scope="col">{t.apiDocs.purpose}</th>
                <th scope="col">{t.apiDocs.example}</th>
              </tr>
            </thead>
            <tbody>
              {endpoints.map((e) => (
                <tr key={e.path}>
                  <th scope="row">
                    <code>{e.path}</code>
                  </th>
                  <td>{e.purpose}</td>
                  <td>
                    <a href={e.example}>
                      <code>{decodeURIComponent(e.example)}</code>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="files-title" className="detail-section">
        <h2 id="files-title">{t.apiDocs.files}</h2>
        <p>{t.apiDocs.filesIntro}</p>
        <ul>
          {files.map((f) => (
            <li key={f.path}>
              <a href={f.path}>
                <code>{f.path}</code>
              </a>{" "}
              — {f.purpose}
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
