// Restores the build's caches before `npm run build` and saves them after a successful build,
// with Netlify's own cache utility (https://github.com/netlify/build/tree/main/packages/cache-utils):
// a deploy encodes only the images that are new or changed, and indexes only the search shards
// whose pages changed (a publish: the newest). No dependency: `utils` is handed to every build
// plugin. The folders must match the defaults of IMAGE_CACHE_DIR (src/lib/images.ts) and
// SEARCH_INDEX_CACHE (src/lib/search-shard-cache.ts).
const CACHES = [
  { folder: ".cache/images", without: "every image is encoded" },
  { folder: ".cache/search-index", without: "every search shard is indexed" },
];

export const onPreBuild = async ({ utils }) => {
  for (const { folder, without } of CACHES) {
    const restored = await utils.cache.restore(folder);
    console.log(restored ? `Restored ${folder} from the last deploy` : `No ${folder} cached yet: ${without}`);
  }
};

export const onPostBuild = async ({ utils }) => {
  for (const { folder } of CACHES) if (await utils.cache.save(folder)) console.log(`Saved ${folder} for the next deploy`);
};
