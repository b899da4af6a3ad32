// The top-level import names a requirement puts into the venv, so the boot prediction can tell an
// absolute import of an installed library from a project module of the same name (Python 3's
// imports are absolute: `from webauthn import ...` beside a webauthn.py is the library). A
// distribution's import name is its normalised name with `-` read as `_`, except for the
// distributions below, whose modules are named otherwise.

/** PEP 503's normalised distribution name: lower case, runs of `-`, `_`, `.` as one `-`. */
export function normalizedDistribution(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-')
}

/** Distributions (normalised) whose top-level import names are not their own name. */
export const IMPORT_NAME_EXCEPTIONS: Readonly<Record<string, readonly string[]>> = {
  'argon2-cffi': ['argon2'],
  attrs: ['attr', 'attrs'],
  beautifulsoup4: ['bs4'],
  'dbus-python': ['dbus', '_dbus_bindings', '_dbus_glib_bindings'],
  'discord-py': ['discord'],
  dnspython: ['dns'],
  'email-validator': ['email_validator'],
  'faiss-cpu': ['faiss'],
  'google-api-python-client': ['googleapiclient'],
  grpcio: ['grpc'],
  ipython: ['IPython'],
  'lazr-restfulclient': ['lazr'],
  'lazr-uri': ['lazr'],
  'msgpack-python': ['msgpack'],
  mysqlclient: ['MySQLdb'],
  'opencv-python': ['cv2'],
  'opencv-python-headless': ['cv2'],
  pillow: ['PIL'],
  'poetry-core': ['poetry'],
  protobuf: ['google'],
  'psycopg-binary': ['psycopg'],
  'psycopg2-binary': ['psycopg2'],
  pycryptodome: ['Crypto'],
  pycryptodomex: ['Cryptodome'],
  pygithub: ['github'],
  pygobject: ['gi', 'pygtkcompat'],
  pyjwt: ['jwt'],
  pymongo: ['pymongo', 'bson', 'gridfs'],
  pynacl: ['nacl'],
  pysmbc: ['smbc', '_smbc'],
  pyopenssl: ['OpenSSL'],
  pyserial: ['serial'],
  'python-apt': ['apt', 'apt_inst', 'apt_pkg', 'aptsources'],
  'python-dateutil': ['dateutil'],
  'python-decouple': ['decouple'],
  'python-dotenv': ['dotenv'],
  'python-engineio': ['engineio'],
  'python-jose': ['jose'],
  'python-ldap': ['ldap'],
  'python-magic': ['magic'],
  'python-multipart': ['multipart'],
  'python-slugify': ['slugify'],
  'python-socketio': ['socketio'],
  pyyaml: ['yaml'],
  pyzmq: ['zmq'],
  'ruamel-yaml': ['ruamel'],
  'scikit-image': ['skimage'],
  'scikit-learn': ['sklearn'],
  setuptools: ['setuptools', 'pkg_resources', '_distutils_hack'],
  'websocket-client': ['websocket'],
  'zope-event': ['zope'],
  'zope-interface': ['zope']
}

/**
 * What the rock's venv holds whatever the requirements say: flask's own dependencies (a
 * requirements.txt must name flask), and gunicorn with its one dependency, which the extension
 * installs. An import of one of these is never a project module the rock lacks.
 */
export const ALWAYS_INSTALLED = [
  'flask',
  'werkzeug',
  'jinja2',
  'markupsafe',
  'itsdangerous',
  'click',
  'blinker',
  'gunicorn',
  'packaging'
] as const

/** The top-level import names one requirement's distribution provides. */
export function importNamesOf(distribution: string): readonly string[] {
  const normalized = normalizedDistribution(distribution)
  return IMPORT_NAME_EXCEPTIONS[normalized] ?? [normalized.replace(/-/g, '_')]
}

/** The top-level import names the requirements (and what is always installed) provide, sorted. */
export function providedImportNames(requirements: Iterable<string>): string[] {
  const out = new Set<string>(ALWAYS_INSTALLED)
  for (const r of requirements) for (const name of importNamesOf(r)) out.add(name)
  if (out.has('gevent')) for (const name of ['greenlet', 'zope']) out.add(name)
  return [...out].sort()
}
