// The activity catalogue card (insatskatalog), for administrators. Pure.
import type { ActivityType } from '../domain/activities';
import type { Department, Locale } from '../domain/types';
import type { Strings } from './locales';
import {
  card,
  choiceInput,
  errorBanner,
  heading,
  notice,
  showCard,
  stackedRows,
  textInput,
  toggle,
  type AdaptiveCard,
} from './core';
import { planActions } from './plan-actions';
import { departmentChoices, departmentName, kindChoices } from './plan-parts';

export interface CatalogueView {
  types: ActivityType[];
  departments: Department[];
  locale: Locale;
  errors?: string[];
  notice?: string;
  values?: Record<string, string>;
}

function editType(v: CatalogueView, ty: ActivityType, t: Strings) {
  const c = t.plan.catalogue;
  return showCard(
    c.edit(ty.name[v.locale]),
    card(
      [
        textInput(`nameSv_${ty.id}`, c.nameSv, ty.name.sv, { maxLength: 80 }),
        textInput(`nameEn_${ty.id}`, c.nameEn, ty.name.en, { maxLength: 80 }),
        choiceInput(
          `department_${ty.id}`,
          c.department,
          departmentChoices(v.departments, v.locale),
          ty.departmentId,
        ),
        toggle(`retired_${ty.id}`, c.retire, ty.retired),
      ],
      [planActions.catalogueSave.button(c.save, { typeId: ty.id })],
    ),
  );
}

export function catalogueCard(v: CatalogueView, t: Strings): AdaptiveCard {
  const c = t.plan.catalogue;
  const val = (k: string) => v.values?.[k];
  return card(
    [
      heading(c.title, c.intro),
      errorBanner(v.errors),
      v.notice ? notice(v.notice, 'good') : null,
      stackedRows(
        [t.plan.col.activity, c.kind, c.department],
        v.types.map((ty) => [
          ty.retired ? `${ty.name[v.locale]} (${c.retiredMark})` : ty.name[v.locale],
          t.plan.kind[ty.kind],
          departmentName(ty.departmentId, v.departments, v.locale),
        ]),
        // Each type's edit form under it: a card's own action set holds at most six actions.
        v.types.map((ty) => [{ type: 'ActionSet', actions: [editType(v, ty, t)] }]),
      ),
    ],
    [
      showCard(
        c.add,
        card(
          [
            textInput('id', c.id, val('id'), { maxLength: 40 }),
            textInput('nameSv', c.nameSv, val('nameSv'), { maxLength: 80 }),
            textInput('nameEn', c.nameEn, val('nameEn'), { maxLength: 80 }),
            choiceInput('kind', c.kind, kindChoices(t), val('kind') ?? 'job'),
            choiceInput(
              'department',
              c.department,
              departmentChoices(v.departments, v.locale),
              val('department') ?? v.departments[0]?.id,
            ),
          ],
          [planActions.catalogueAdd.button(c.save, {})],
        ),
      ),
    ],
  );
}
