// A mode's view loaded on demand (React.lazy), so each mode's first load carries only its own
// code. Downloading the chunk is a drawing task: `ready` can't fire before the view exists.
import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { beginDrawing, failLoading } from '../map/readiness.ts';
import type { ViewProps } from './ViewProps.ts';

export function lazyView(
  name: string,
  load: () => Promise<ComponentType<ViewProps>>,
): ComponentType<ViewProps> {
  const View = lazy(async () => {
    const done = beginDrawing(`${name} view`);
    let Loaded: ComponentType<ViewProps>;
    try {
      Loaded = await load();
    } catch (error) {
      failLoading(`The ${name} view could not be loaded: ${(error as Error).message}`);
      throw error;
    }
    function LoadedThenDone(props: ViewProps) {
      // Children's effects run first: the view has registered its own drawing tasks by now.
      useEffect(() => done(), []);
      return <Loaded {...props} />;
    }
    return { default: LoadedThenDone };
  });
  return function LazyView(props: ViewProps) {
    return (
      <Suspense fallback={null}>
        <View {...props} />
      </Suspense>
    );
  };
}
