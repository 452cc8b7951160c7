/** Version of /my/items.json; its own module so the browser's check (./guard.ts) does not pull in zod. */
export const MYLIST_DATA_VERSION = 1;
