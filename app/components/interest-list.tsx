// The 对接意向 a listing has received, with the private contact details (submitter and moderators only).
import type { InterestRow } from "../../db/schema";
import { useMessages } from "../utils/i18n";

type Interest = Omit<InterestRow, "listingKind"> & { listingKind: string };

export function InterestList({ interests, empty, showListing = false }: { interests: Interest[]; empty: string; showListing?: boolean }) {
  const t = useMessages();
  if (!interests.length) return <p>{empty}</p>;
  return (
    <ol className="interest-list">
      {interests.map((i) => (
        <li key={i.id} className="interest-item">
          <p className="interest-org">
            <strong>{i.organization}</strong> · {i.contactName}
            {showListing ? (
              <span className="interest-for">
                {" "}
                · {t.admin.forListing} <code>{i.listingCode}</code>
              </span>
            ) : null}
          </p>
          <p className="interest-contact">
            {i.contactPhone ? <span>{i.contactPhone}</span> : null}
            {i.contactPhone && i.contactEmail ? " · " : null}
            {i.contactEmail ? <span>{i.contactEmail}</span> : null}
            {i.ownCode ? (
              <span>
                {" "}
                · {t.form.labels.ownCode} <code>{i.ownCode}</code>
              </span>
            ) : null}
          </p>
          <p className="interest-message">{i.message}</p>
          <p className="interest-at">
            {t.interest.at} <time dateTime={i.createdAt}>{i.createdAt.slice(0, 16).replace("T", " ")}</time>
          </p>
        </li>
      ))}
    </ol>
  );
}
