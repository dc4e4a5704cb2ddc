import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Api } from '../../api/api';
import { getDepartmentOptions } from '../../api/fn/identity/get-department-options';
import { DepartmentOptionDto } from '../../api/models/department-option-dto';
import { AuthService } from '../../core/auth/auth.service';
import { ProblemReporter } from '../../core/http/problem-reporter';
import { Permissions } from '../../core/permissions';
import { SHARED_IMPORTS } from '../shared-imports';
import { UnknownName, UnknownNameScope } from './import-problems';
import { NameChoice } from './import-session';

/** One written name to map: the columns and rows that write it, what it may be, and the closest place. */
export interface MappingRow {
  written: string;
  columns: string;
  rows: number[];
  scope: UnknownNameScope;
  suggestion: string | null;
}

/** How many of a name's rows are listed (the marked workbook shows them all). */
const shownRows = 10;

/** A group of the picker: 部门 or 乡镇街道. */
export interface PlaceGroup {
  labelKey: string;
  places: DepartmentOptionDto[];
}

/** The narrower of two scopes (a name in a town column and an `Any` column must be a town). */
function narrower(a: UnknownNameScope, b: UnknownNameScope): UnknownNameScope {
  return a === b || b === 'Any' ? a : a === 'Any' ? b : 'Any';
}

/** The unknown names once per written text (the mapping is by text), with their columns and rows together. */
export function mappingRows(names: UnknownName[]): MappingRow[] {
  const rows = new Map<string, MappingRow>();
  for (const name of names) {
    const known = rows.get(name.written);
    if (known) {
      known.columns = known.columns.includes(name.column)
        ? known.columns
        : `${known.columns}、${name.column}`;
      known.rows = [...new Set([...known.rows, ...name.rows])].sort((a, b) => a - b);
      known.scope = narrower(known.scope, name.scope);
      known.suggestion ??= name.suggestions[0]?.id ?? null;
    } else {
      rows.set(name.written, {
        written: name.written,
        columns: name.column,
        rows: [...name.rows].sort((a, b) => a - b),
        scope: name.scope,
        suggestion: name.suggestions[0]?.id ?? null,
      });
    }
  }
  return [...rows.values()];
}

/** The places a name of the scope may be mapped to: towns, departments, or both in their groups. */
export function placeGroups(places: DepartmentOptionDto[], scope: UnknownNameScope): PlaceGroup[] {
  const departments = {
    labelKey: 'import.mapping.departments',
    places: places.filter((p) => !p.isTown),
  };
  const towns = { labelKey: 'import.mapping.towns', places: places.filter((p) => p.isTown) };
  return scope === 'Towns'
    ? [towns]
    : scope === 'Departments'
      ? [departments]
      : [departments, towns];
}

/**
 * 未识别的名称: each name the file writes that no department or town has, once, with a picker of the places it may be
 * (the closest one chosen), 记住此简称 for users who may add aliases, and 按所选对应重新导入 (enabled once every name
 * has a place). Test ids are `<testIdPrefix>-unknown-names`, `-unknown-name`, `-unknown-name-select`,
 * `-unknown-name-remember`, `-unknown-name-error` and `-remap`.
 */
@Component({
  selector: 'app-import-name-mapping',
  imports: [SHARED_IMPORTS, FormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './import-name-mapping.css',
  templateUrl: './import-name-mapping.html',
})
export class ImportNameMapping implements OnInit {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly names = input.required<UnknownName[]>();
  readonly testIdPrefix = input.required<string>();
  /** An import is running: the button waits. */
  readonly busy = input(false);
  /** The 简称 the server would not save, by written name. */
  readonly aliasFailures = input<Record<string, string>>({});
  readonly apply = output<NameChoice[]>();

  protected readonly canRemember = inject(AuthService).hasPermission(
    Permissions.departmentAliasesAdd,
  );
  protected readonly places = signal<DepartmentOptionDto[] | null>(null);
  protected readonly rows = computed(() => {
    const places = this.places() ?? [];
    return mappingRows(this.names()).map((row) => ({
      ...row,
      groups: placeGroups(places, row.scope),
      shownRows: row.rows.slice(0, shownRows).join('、'),
    }));
  });
  /** The chosen place by written name: the suggestion until the user picks another. */
  protected readonly choices = linkedSignal<MappingRow[], Record<string, string | null>>({
    source: this.rows,
    computation: (rows, previous) =>
      Object.fromEntries(
        rows.map((row) => [row.written, previous?.value[row.written] ?? row.suggestion]),
      ),
  });
  protected readonly remember = signal<Record<string, boolean>>({});
  protected readonly ready = computed(() => {
    const choices = this.choices();
    return this.rows().every((row) => !!choices[row.written]);
  });

  ngOnInit(): void {
    this.api.invoke(getDepartmentOptions).subscribe({
      next: (places) => this.places.set(places),
      error: (error: unknown) => this.problems.report(error),
    });
  }

  protected choose(written: string, placeId: string | null): void {
    this.choices.update((choices) => ({ ...choices, [written]: placeId }));
  }

  protected setRemember(written: string, remember: boolean): void {
    this.remember.update((all) => ({ ...all, [written]: remember }));
  }

  protected submit(): void {
    if (!this.ready() || this.busy()) {
      return;
    }
    const choices = this.choices();
    const remember = this.remember();
    this.apply.emit(
      this.rows().map((row) => ({
        written: row.written,
        departmentId: choices[row.written]!,
        remember: this.canRemember && !!remember[row.written],
      })),
    );
  }
}
