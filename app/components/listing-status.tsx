// A listing's review status and the moderator's note, as rows of a definition list.
import type { Status } from "../models/vocabulary";
import { useMessages } from "../utils/i18n";

export function StatusRows({ status, note }: { status: Status; note: string | null }) {
  const t = useMessages();
  return (
    <>
      <div className="dl-row">
        <dt>{t.manage.status}</dt>
        <dd>
          <span className={`status status-${status}`} data-status={status}>
            {t.manage.statusLabel[status]}
          </span>
        </dd>
      </div>
      {note ? (
        <div className="dl-row">
          <dt>{t.manage.reason}</dt>
          <dd className="moderation-note">{note}</dd>
        </div>
      ) : null}
    </>
  );
}
