// Restores the image cache before `npm run build` and saves it after a successful build, with
// Netlify's own cache utility (https://github.com/netlify/build/tree/main/packages/cache-utils),
// so a deploy encodes only the images that are new or changed. No dependency: `utils` is
// handed to every build plugin. The folder must match IMAGE_CACHE_DIR's default in images.ts.
const CACHE = ".cache/images";

export const onPreBuild = async ({ utils }) => {
  const restored = await utils.cache.restore(CACHE);
  console.log(restored ? `Restored ${CACHE} from the last deploy` : `No ${CACHE} cached yet: every image is encoded`);
};

export const onPostBuild = async ({ utils }) => {
  if (await utils.cache.save(CACHE)) console.log(`Saved ${CACHE} for the next deploy`);
};
