import { useId, useState } from 'react';
import type { GroupEvidence, GroupMember, OriginsSummary } from '../../../shared/origins';
import type { OriginDecisionRequest } from '../../../shared/origin-decisions';
import { formatDate, plural } from '../../lib/format';
import { useAppStore } from '../../state/store-context';
import { originName, type ListedGroup } from './origin-groups';
import { QuoteDriftList } from './quote-drift';

type Decide = (request: OriginDecisionRequest, done: string) => void;

/** An origin picker: any origin the corpus knows, or own reporting. */
function SetOrigin({
  member,
  known,
  decide,
}: {
  member: GroupMember;
  known: string[];
  decide: Decide;
}) {
  const [value, setValue] = useState('');
  const listId = useId();
  const inputId = useId();
  const submit = () => {
    const origin = value.trim();
    decide(
      { kind: 'set-origin', articleId: member.id, origin: origin === '' ? null : origin },
      `Set the origin of ${member.title} to ${origin || 'own reporting'}`,
    );
    setValue('');
  };
  return (
    <form
      className="set-origin"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label htmlFor={inputId} className="visually-hidden">
        Origin of {member.title}
      </label>
      <input
        id={inputId}
        list={listId}
        value={value}
        placeholder="Origin (empty: own reporting)"
        onChange={(event) => setValue(event.target.value)}
      />
      <datalist id={listId}>
        {known.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <button type="submit">Set origin</button>
    </form>
  );
}

function Member({
  member,
  single,
  known,
  decide,
}: {
  member: GroupMember;
  single: boolean;
  known: string[];
  decide: Decide;
}) {
  const openArticle = useAppStore((s) => s.openArticle);
  const cues = [...new Set(member.cues.map((c) => c.cue))];
  return (
    <li className="group-member">
      <button
        type="button"
        className="link-button member-title"
        onClick={() => void openArticle(member.id)}
      >
        {member.title || member.path}
      </button>
      <div className="member-meta">
        <span>{member.publisher ?? 'Unknown publisher'}</span>
        {member.published && <span>{formatDate(member.published)}</span>}
      </div>
      {(cues.length > 0 || member.headline) && (
        <ul className="member-cues" aria-label="Relay cues">
          {member.headline && <li className="cue">headline: {member.headline.cue}</li>}
          {cues.map((cue) => (
            <li key={cue} className="cue">
              {cue}
            </li>
          ))}
        </ul>
      )}
      {cues.length === 0 && !member.headline && !single && (
        <p className="member-no-cue">No credit in its text: joined by shared passages.</p>
      )}
      <details className="member-decide">
        <summary>Change…</summary>
        {!single && (
          <button
            type="button"
            onClick={() =>
              decide(
                { kind: 'split', articleId: member.id },
                `Split ${member.title} out of its group`,
              )
            }
          >
            Split out of this group
          </button>
        )}
        <SetOrigin member={member} known={known} decide={decide} />
      </details>
    </li>
  );
}

function MergeWith({
  first,
  others,
  decide,
}: {
  first: string;
  others: ListedGroup[];
  decide: Decide;
}) {
  const [target, setTarget] = useState('');
  const id = useId();
  if (others.length === 0) return null;
  const chosen = others.find((g) => String(g.index) === target);
  return (
    <form
      className="merge-with"
      onSubmit={(event) => {
        event.preventDefault();
        if (!chosen) return;
        decide(
          { kind: 'merge', articleId: first, withArticleId: chosen.group.articleIds[0] ?? '' },
          `Merged with the ${originName(chosen.group.origin)} group`,
        );
      }}
    >
      <label htmlFor={id}>Merge with</label>
      <select id={id} value={target} onChange={(event) => setTarget(event.target.value)}>
        <option value="">choose a group…</option>
        {others.slice(0, 200).map((g) => (
          <option key={g.index} value={g.index}>
            {originName(g.group.origin)} ({plural(g.group.articleIds.length, 'article')})
          </option>
        ))}
      </select>
      <button type="submit" disabled={!chosen}>
        Merge
      </button>
    </form>
  );
}

/** Why a relay group is one (reasons, cues, shared passages) and what the analyst can decide. */
export function GroupDetail({
  listed,
  evidence,
  summary,
  others,
}: {
  listed: ListedGroup;
  evidence: GroupEvidence | null;
  summary: OriginsSummary;
  others: ListedGroup[];
}) {
  const decideOrigin = useAppStore((s) => s.decideOrigin);
  const drift = useAppStore((s) => s.originsDrift);
  const openArticle = useAppStore((s) => s.openArticle);
  const announce = useAppStore((s) => s.announce);
  const decide: Decide = (request, done) => {
    void decideOrigin(request).then((ok) => {
      if (ok) announce(done);
    });
  };
  const known = [
    ...new Set(Object.values(summary.origins).filter((o): o is string => o !== null)),
  ].sort();
  const first = listed.group.articleIds[0] ?? '';
  if (!evidence) return <p className="group-loading">Reading the group…</p>;
  const single = evidence.members.length === 1;
  return (
    <div className="group-detail">
      <ul className="group-reasons" aria-label="Why these articles are one group">
        {evidence.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <ol className="group-members" aria-label="Articles in the group">
        {evidence.members.map((member) => (
          <Member key={member.id} member={member} single={single} known={known} decide={decide} />
        ))}
      </ol>
      {evidence.shared.length > 0 && (
        <section className="shared-passages" aria-label="Shared passages">
          <h4>Shared word for word</h4>
          {evidence.shared.map((passage) => (
            <blockquote key={`${passage.in[0]?.articleId}:${passage.in[0]?.start}`}>
              <p>{passage.text}</p>
              <footer>
                {plural(passage.words, 'word')} · in {plural(passage.in.length, 'article')}
              </footer>
            </blockquote>
          ))}
        </section>
      )}
      {!single && (
        <section className="group-drift" aria-label="Quotations worded differently">
          <h4>Quote drift</h4>
          {drift === null ? (
            <p className="group-loading">Comparing quotations…</p>
          ) : (
            <QuoteDriftList
              drift={drift}
              onOpen={(variant) => void openArticle(variant.articleId)}
            />
          )}
        </section>
      )}
      <div className="group-actions">
        {!single && (
          <button
            type="button"
            disabled={listed.group.analyst?.confirmed === true}
            onClick={() => decide({ kind: 'confirm', articleId: first }, 'Confirmed the group')}
          >
            {listed.group.analyst?.confirmed ? 'Confirmed' : 'Confirm group'}
          </button>
        )}
        <MergeWith first={first} others={others} decide={decide} />
      </div>
    </div>
  );
}
