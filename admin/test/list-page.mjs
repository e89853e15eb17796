// A list page of 100 records, as the browser test checks it and `pnpm bench:admin` times it.
export const PAGE_SIZE = 100;

export const listPageUrl = (baseUrl, resource) => `${baseUrl}/#/${resource}?page=1&perPage=${PAGE_SIZE}`;

/** The rows of the list's table. */
export const listRows = (page) => page.locator('.RaDataTable-table tbody tr');
