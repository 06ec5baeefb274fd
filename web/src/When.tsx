// An item's time on the wire; an item whose wire copy carried no time shows when the desk received it, marked.
import { formatTime, whenOf, type Item } from './api.ts';

export function When({ item }: { item: Item }) {
  const when = whenOf(item);
  if (!when) return null;
  if (!when.received) return <time dateTime={when.iso}>{formatTime(when.iso)}</time>;
  return (
    <time dateTime={when.iso} className="received" title="The wire copy carried no time: this is when the desk received it">
      received {formatTime(when.iso)}
    </time>
  );
}
