// Trade flows: width by value (square-root scale, per granularity), coloured by the
// exporting actor, an arrowhead and a label with value, period and change. Only one period
// per lane is drawn at a time (see flowPeriod.ts).
import { useMemo } from 'react';
import type { Lang } from '../state/appState.ts';
import type { FlowFeature } from '../story/types.ts';
import type { ArcPlan } from './arcPlan.ts';
import { chipElement } from './chip.ts';
import { drawArc } from './drawArc.ts';
import { flowMaxima, granularity, pickFlows } from './flowPeriod.ts';
import { changeFactor, labelledFlows } from './flowLabels.ts';
import { flowWidth } from './flowScale.ts';
import { accessibleName, flowLabelParts } from './mapText.ts';
import { markLabel } from './LabelDeclutter.tsx';
import { actorColor } from './styles.ts';
import { useFeatureLayers, type FeatureLayerState } from './useFeatureLayers.ts';

/** A change by this factor (up or down) earns a callout when the arc is too short for its label. */
const CALLOUT_FACTOR = 2;

export interface FlowsLayerProps extends FeatureLayerState {
  flows: readonly FlowFeature[];
  plans: ReadonlyMap<string, ArcPlan>;
  /** Country of each place id, for flows without an actor (the exporter is `from`'s country). */
  countries: ReadonlyMap<string, string>;
  /** Trade period chosen (YYYY or YYYY-MM); null = latest per lane. */
  period: string | null;
  lang: Lang;
}

export function FlowsLayer({
  flows,
  plans,
  countries,
  period,
  lang,
  shown,
  ...state
}: FlowsLayerProps) {
  const drawn = useMemo(() => {
    const max = flowMaxima(flows);
    return flows.flatMap((flow) => {
      const p = flow.properties;
      const plan = plans.get(p.id);
      if (!plan) return [];
      const [value = '', period = '', change] = flowLabelParts(p, lang);
      const text = [value, period, change].filter(Boolean).join(' · ');
      // Compact form: the value and its change ("US$154.7m · ×8.1 vs Jun 2022").
      const chip = chipElement('tp-flow-label', [
        value,
        { text: ` · ${period}`, className: 'tp-label-rest' },
        ...(change ? [{ text: ` · ${change}`, className: 'tp-flow-label__change' }] : []),
      ]);
      const factor = changeFactor(p);
      // The flows that changed most keep their label first: a story's headline figure.
      markLabel(chip, p.id, 2 - Math.min(0.9, Math.log(factor) / 4));
      if (factor >= CALLOUT_FACTOR) chip.dataset.labelCallout = '1';
      // A two-way total belongs to neither side: neutral colour, no arrowhead.
      const actor = p.two_way ? undefined : (p.actor ?? countries.get(p.from));
      return [
        drawArc({
          id: p.id,
          kind: 'flow',
          label: accessibleName('flow', p.name, lang, text),
          plan,
          pane: 'flows',
          weight: flowWidth(p.value, max[granularity(p.period)]),
          status: p.status,
          color: (theme) => actorColor(actor, theme),
          undirected: p.two_way === true,
          chip,
        }),
      ];
    });
  }, [flows, plans, countries, lang]);
  const picked = useMemo(() => pickFlows(flows, period, shown), [flows, period, shown]);
  const labelled = useMemo(() => labelledFlows(flows, picked), [flows, picked]);
  useFeatureLayers('flows', drawn, { ...state, shown: picked, labelled });
  return null;
}
