import { useCallback, useEffect, useState } from 'react';
import {
  CalendarDocument,
  CalendarEventDocument,
  CreateCalendarEventDocument,
  CreateVideoCategoryDocument,
  CreateVideoDocument,
  SetCalendarEventPublishedDocument,
  SetVideoPublishedDocument,
  UpdateCalendarEventDocument,
  UpdateVideoDocument,
  VideoCategoriesDocument,
  VideosDocument,
  type CalendarQuery,
  type RecurrenceFrequency,
  type VideoCategoriesQuery,
  type VideosQuery,
} from '@worldgraph/sdk';
import { request } from '../api/graphql.ts';
import { ErrorText } from '../ErrorText.tsx';

const DAY = 86_400_000;
type VideoNode = VideosQuery['videos']['edges'][number]['node'];
const emptyVideo = { id: '', categoryId: '', title: '', slug: '', description: '', durationSeconds: 0, source: '' };
const emptyEvent = { id: '', title: '', description: '', startsAt: '', endsAt: '', timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, locationName: '', latitude: '', longitude: '', frequency: '' as RecurrenceFrequency | '', interval: 1, count: '', until: '' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A datetime-local value (the browser's zone) for an instant, and back. */
const toLocalInput = (iso: string) => {
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

/** Admin: video categories, videos and calendar events (create, edit, publish, unpublish). */
export function ContentAdminPage() {
  const [categories, setCategories] = useState<VideoCategoriesQuery['videoCategories']>([]);
  const [videos, setVideos] = useState<VideoNode[]>([]);
  const [events, setEvents] = useState<CalendarQuery['calendar']>([]);
  const [error, setError] = useState<unknown>();
  const [category, setCategory] = useState({ slug: '', name: '' });
  const [video, setVideo] = useState(emptyVideo);
  const [event, setEvent] = useState(emptyEvent);
  const load = useCallback(async () => {
    try {
      const now = Date.now();
      const [c, v, e] = await Promise.all([
        request(VideoCategoriesDocument),
        request(VideosDocument, { includeDrafts: true, first: 100 }),
        request(CalendarDocument, { from: new Date(now - 30 * DAY).toISOString(), to: new Date(now + 330 * DAY).toISOString(), includeDrafts: true }),
      ]);
      setCategories(c.videoCategories);
      setVideos(v.videos.edges.map((x) => x.node));
      // One row per event (its first occurrence in the window).
      setEvents(e.calendar.filter((o, i, all) => all.findIndex((x) => x.event.id === o.event.id) === i));
    } catch (err) {
      setError(err);
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  const run = async (p: () => Promise<unknown>, after?: () => void) => {
    setError(undefined);
    try {
      await p();
      after?.();
      await load();
    } catch (err) {
      setError(err);
    }
  };
  const saveVideo = () => {
    const source = video.source.trim();
    const input = { categoryId: video.categoryId || categories[0]?.id || '', title: video.title, slug: video.slug, description: video.description, durationSeconds: Number(video.durationSeconds) || 0, ...(UUID.test(source) ? { mediaId: source } : { externalUrl: source }) };
    return run(() => (video.id ? request(UpdateVideoDocument, { id: video.id, input }) : request(CreateVideoDocument, { input })), () => setVideo(emptyVideo));
  };
  /** Fills the form with the whole event (recurrence and location included, so saving keeps them). */
  const editEvent = async (id: string) => {
    try {
      const now = new Date().toISOString();
      const { calendarEvent: e } = await request(CalendarEventDocument, { id, from: now, to: now.replace(/^\d{4}/, (y) => String(Number(y) + 1)) });
      if (!e) return;
      setEvent({
        id: e.id,
        title: e.title,
        description: e.description,
        startsAt: toLocalInput(e.startsAt),
        endsAt: toLocalInput(e.endsAt),
        timeZone: e.timeZone,
        locationName: e.location?.name ?? '',
        latitude: e.location ? String(e.location.latitude) : '',
        longitude: e.location ? String(e.location.longitude) : '',
        frequency: e.recurrence?.frequency ?? '',
        interval: e.recurrence?.interval ?? 1,
        count: e.recurrence?.count != null ? String(e.recurrence.count) : '',
        until: e.recurrence?.until ? toLocalInput(e.recurrence.until) : '',
      });
    } catch (err) {
      setError(err);
    }
  };
  const saveEvent = () => {
    const input = {
      title: event.title,
      description: event.description,
      startsAt: new Date(event.startsAt).toISOString(),
      endsAt: new Date(event.endsAt).toISOString(),
      timeZone: event.timeZone,
      location: event.latitude && event.longitude ? { name: event.locationName || null, latitude: Number(event.latitude), longitude: Number(event.longitude) } : null,
      recurrence: event.frequency ? { frequency: event.frequency, interval: Number(event.interval) || 1, count: event.count ? Number(event.count) : null, until: event.until ? new Date(event.until).toISOString() : null } : null,
    };
    return run(() => (event.id ? request(UpdateCalendarEventDocument, { id: event.id, input }) : request(CreateCalendarEventDocument, { input })), () => setEvent(emptyEvent));
  };
  return (
    <div className="console">
      <ErrorText error={error} />
      <section className="card">
        <h1>Video categories</h1>
        <form onSubmit={(e) => {
            e.preventDefault();
            void run(() => request(CreateVideoCategoryDocument, { input: category }), () => setCategory({ slug: '', name: '' }));
          }}>
          <input aria-label="Category name" placeholder="Name" value={category.name} onChange={(e) => setCategory({ ...category, name: e.target.value })} />
          <input aria-label="Category slug" placeholder="slug" value={category.slug} onChange={(e) => setCategory({ ...category, slug: e.target.value })} />
          <button type="submit">Add category</button>
        </form>
        <ul>
          {categories.map((c) => (
            <li key={c.id}>
              {c.name} <small>{c.slug}</small>
            </li>
          ))}
        </ul>
      </section>
      <section className="card">
        <h1>Videos</h1>
        <form data-testid="video-form" onSubmit={(e) => {
            e.preventDefault();
            void saveVideo();
          }}>
          <select aria-label="Video category" value={video.categoryId} onChange={(e) => setVideo({ ...video, categoryId: e.target.value })}>
            <option value="">(first category)</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <input aria-label="Video title" placeholder="Title" value={video.title} onChange={(e) => setVideo({ ...video, title: e.target.value })} />
          <input aria-label="Video slug" placeholder="slug" value={video.slug} onChange={(e) => setVideo({ ...video, slug: e.target.value })} />
          <input aria-label="Video source" placeholder="Media id or https:// address" value={video.source} onChange={(e) => setVideo({ ...video, source: e.target.value })} />
          <input aria-label="Duration (seconds)" type="number" min={0} value={video.durationSeconds} onChange={(e) => setVideo({ ...video, durationSeconds: Number(e.target.value) })} />
          <textarea aria-label="Video description" placeholder="Description" value={video.description} onChange={(e) => setVideo({ ...video, description: e.target.value })} />
          <button type="submit">{video.id ? 'Save video' : 'Add video'}</button>
          {video.id && <button type="button" onClick={() => setVideo(emptyVideo)}>Cancel</button>}
        </form>
        <table data-testid="admin-videos">
          <tbody>
            {videos.map((v) => (
              <tr key={v.id} data-testid={`admin-video-${v.slug}`}>
                <td>{v.title}</td>
                <td>{v.category.name}</td>
                <td>{v.status === 'PUBLISHED' ? 'Published' : 'Draft'}</td>
                <td>
                  <button onClick={() => void run(() => request(SetVideoPublishedDocument, { id: v.id, published: v.status !== 'PUBLISHED' }))}>{v.status === 'PUBLISHED' ? 'Unpublish' : 'Publish'}</button>
                  <button onClick={() => setVideo({ id: v.id, categoryId: v.category.id, title: v.title, slug: v.slug, description: v.description, durationSeconds: v.durationSeconds, source: v.media?.id ?? v.externalUrl ?? '' })}>Edit</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card">
        <h1>Calendar events</h1>
        <form data-testid="event-form" onSubmit={(e) => {
            e.preventDefault();
            void saveEvent();
          }}>
          <input aria-label="Event title" placeholder="Title" value={event.title} onChange={(e) => setEvent({ ...event, title: e.target.value })} />
          <label>
            Starts <input aria-label="Starts" type="datetime-local" value={event.startsAt} onChange={(e) => setEvent({ ...event, startsAt: e.target.value })} />
          </label>
          <label>
            Ends <input aria-label="Ends" type="datetime-local" value={event.endsAt} onChange={(e) => setEvent({ ...event, endsAt: e.target.value })} />
          </label>
          <input aria-label="Time zone" value={event.timeZone} onChange={(e) => setEvent({ ...event, timeZone: e.target.value })} />
          <input aria-label="Place" placeholder="Place name" value={event.locationName} onChange={(e) => setEvent({ ...event, locationName: e.target.value })} />
          <input aria-label="Latitude" placeholder="lat" value={event.latitude} onChange={(e) => setEvent({ ...event, latitude: e.target.value })} />
          <input aria-label="Longitude" placeholder="lng" value={event.longitude} onChange={(e) => setEvent({ ...event, longitude: e.target.value })} />
          <select aria-label="Repeats" value={event.frequency} onChange={(e) => setEvent({ ...event, frequency: e.target.value as RecurrenceFrequency | '' })}>
            <option value="">Once</option>
            <option value="DAILY">Daily</option>
            <option value="WEEKLY">Weekly</option>
            <option value="MONTHLY">Monthly</option>
          </select>
          {event.frequency && (
            <>
              <input aria-label="Every" type="number" min={1} value={event.interval} onChange={(e) => setEvent({ ...event, interval: Number(e.target.value) })} />
              <input aria-label="Times" placeholder="times (empty: no end)" value={event.count} onChange={(e) => setEvent({ ...event, count: e.target.value })} />
              <label>
                Until <input aria-label="Until" type="datetime-local" value={event.until} onChange={(e) => setEvent({ ...event, until: e.target.value })} />
              </label>
            </>
          )}
          <textarea aria-label="Event description" placeholder="Description" value={event.description} onChange={(e) => setEvent({ ...event, description: e.target.value })} />
          <button type="submit">{event.id ? 'Save event' : 'Add event'}</button>
          {event.id && <button type="button" onClick={() => setEvent(emptyEvent)}>Cancel</button>}
        </form>
        <table data-testid="admin-events">
          <tbody>
            {events.map((o) => (
              <tr key={o.event.id}>
                <td>{o.event.title}</td>
                <td>{new Date(o.startsAt).toLocaleString()}</td>
                <td>{o.event.status === 'PUBLISHED' ? 'Published' : 'Draft'}</td>
                <td>
                  <button onClick={() => void run(() => request(SetCalendarEventPublishedDocument, { id: o.event.id, published: o.event.status !== 'PUBLISHED' }))}>{o.event.status === 'PUBLISHED' ? 'Unpublish' : 'Publish'}</button>
                  <button onClick={() => void editEvent(o.event.id)}>Edit</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
