import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  reliabilityGrades,
  reliabilityLabels,
  type ReliabilityGrade,
} from '../../../shared/outlets';
import type { SearchSort } from '../../../shared/search';
import { formatCount } from '../../lib/format';
import { useAppStore } from '../../state/store-context';

type GradeFilter = ReliabilityGrade | 'ungraded';

/** The grade filter's choices: a value lists the grades it keeps, comma-separated. */
const gradeChoices: { value: string; label: string; title: string }[] = [
  { value: 'A,B', label: 'A or B', title: 'Completely or usually reliable' },
  { value: 'A,B,C', label: 'A to C', title: 'At least fairly reliable' },
  ...reliabilityGrades.map((g) => ({ value: g, label: `Grade ${g}`, title: reliabilityLabels[g] })),
  { value: 'ungraded', label: 'Ungraded', title: 'Outlets without a grade, and unknown ones' },
];

const isGradeFilter = (value: string): value is GradeFilter =>
  value === 'ungraded' || (reliabilityGrades as readonly string[]).includes(value);

/** Outlet, grade, folder, date range and sort, applied as soon as they change. */
export function SearchFilters() {
  const id = useId();
  const state = useAppStore(
    useShallow((s) => ({
      facets: s.corpusFacets,
      folders: s.corpusFolders,
      outlet: s.searchOutlet,
      folder: s.searchFolder,
      from: s.searchFrom,
      to: s.searchTo,
      sort: s.searchSort,
      grades: s.searchGrades.join(','),
      includeUndated: s.searchIncludeUndated,
      setFilters: s.setSearchFilters,
    })),
  );
  const { facets, setFilters } = state;
  const folderName = (path: string) =>
    state.folders.find((f) => f.path === path)?.name ??
    path.split(/[\\/]/).filter(Boolean).at(-1) ??
    path;
  const active = Boolean(state.outlet || state.folder || state.from || state.to || state.grades);
  const gradeTitle = gradeChoices.find((c) => c.value === state.grades)?.title;

  return (
    <div className="filters" role="group" aria-label="Filters">
      <div className="field">
        <label htmlFor={`${id}-outlet`}>Outlet</label>
        <select
          id={`${id}-outlet`}
          value={state.outlet}
          onChange={(e) => setFilters({ searchOutlet: e.target.value })}
        >
          <option value="">All outlets</option>
          {facets.outlets.map((o) => (
            <option key={o.name} value={o.name}>
              {o.name} ({formatCount(o.count)})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-grade`}>Outlet grade</label>
        <select
          id={`${id}-grade`}
          value={state.grades}
          title={gradeTitle ?? 'The notebook grade of the outlet a hit rests on'}
          onChange={(e) =>
            setFilters({ searchGrades: e.target.value.split(',').filter(isGradeFilter) })
          }
        >
          <option value="">Any grade</option>
          {gradeChoices.map((choice) => (
            <option key={choice.value} value={choice.value} title={choice.title}>
              {choice.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-folder`}>Folder</label>
        <select
          id={`${id}-folder`}
          value={state.folder}
          onChange={(e) => setFilters({ searchFolder: e.target.value })}
        >
          <option value="">All folders</option>
          {facets.folders.map((f) => (
            <option key={f.path} value={f.path}>
              {folderName(f.path)} ({formatCount(f.count)})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-from`}>From</label>
        <input
          id={`${id}-from`}
          type="date"
          value={state.from}
          min={facets.earliest?.slice(0, 10)}
          max={state.to || facets.latest?.slice(0, 10)}
          onChange={(e) => setFilters({ searchFrom: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>To</label>
        <input
          id={`${id}-to`}
          type="date"
          value={state.to}
          min={state.from || facets.earliest?.slice(0, 10)}
          max={facets.latest?.slice(0, 10)}
          onChange={(e) => setFilters({ searchTo: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-sort`}>Sort</label>
        <select
          id={`${id}-sort`}
          value={state.sort}
          onChange={(e) => setFilters({ searchSort: e.target.value as SearchSort })}
        >
          <option value="relevance">Relevance</option>
          <option value="date">Date</option>
        </select>
      </div>
      {(state.from || state.to) && (
        <label className="field include-undated">
          <input
            type="checkbox"
            checked={state.includeUndated}
            onChange={(e) => setFilters({ searchIncludeUndated: e.target.checked })}
          />
          Include undated
        </label>
      )}
      {active && (
        <button
          type="button"
          className="link-button clear-filters"
          onClick={() =>
            setFilters({
              searchOutlet: '',
              searchFolder: '',
              searchFrom: '',
              searchTo: '',
              searchIncludeUndated: false,
              searchGrades: [],
            })
          }
        >
          Clear filters
        </button>
      )}
    </div>
  );
}
