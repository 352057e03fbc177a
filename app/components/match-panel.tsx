// The panel on a listing's page: the other list's listings that fit it, best first, with reasons.
import { Link } from "@remix-run/react";
import type { MatchItem } from "../models/search-page.server";
import type { Kind } from "../models/vocabulary";
import { useMessages } from "../utils/i18n";
import { reasonText } from "../utils/match-reasons";

export function MatchPanel({ kind, matches }: { kind: Kind; matches: MatchItem[] }) {
  const t = useMessages();
  const heading = kind === "scenario" ? t.match.scenarioHeading : t.match.capabilityHeading;
  const intro = kind === "scenario" ? t.match.scenarioIntro : t.match.capabilityIntro;
  return (
    <section className="match-panel" aria-labelledby="matches-title">
      <h2 id="matches-title">{heading}</h2>
      <p className="match-intro">{intro}</p>
      {matches.length === 0 ? (
        <p>{t.match.none}</p>
      ) : (
        <ol className="match-list">
          {matches.map((m) => (
            <li key={m.code} className="match-item">
              <p className="match-title">
                <Link to={`/${m.kind === "scenario" ? "scenarios" : "capabilities"}/${encodeURIComponent(m.code)}`}>
                  {m.title}
                </Link>{" "}
                <span className="code">{m.code}</span>
              </p>
              <p className="card-who">{m.who}</p>
              <p className="match-score">
                {t.match.score}{" "}
                <meter min={0} max={1} value={m.score} aria-label={`${t.match.score} ${Math.round(m.score * 100)}%`}>
                  {Math.round(m.score * 100)}%
                </meter>{" "}
                <span>{Math.round(m.score * 100)}%</span>
              </p>
              <ul className="match-reasons">
                {m.reasons.map((r, i) => (
                  <li key={i}>{reasonText(t, r)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
