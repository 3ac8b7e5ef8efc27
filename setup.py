# Packaging reads everything from settings.ini (nbdev 2 convention); edit settings there, not here.
# No pkg_resources import: build isolation no longer ships it.
from configparser import ConfigParser
from pathlib import Path
import shlex, shutil
import setuptools
from setuptools.command.build_py import build_py

config = ConfigParser(delimiters=['='])
config.read('settings.ini', encoding='utf-8')
cfg = config['DEFAULT']

for key in 'lib_name version description author author_email license min_python git_url'.split():
    assert key in cfg, f'settings.ini is missing {key}'

requirements = shlex.split(cfg.get('requirements', ''))
dev_requirements = shlex.split(cfg.get('dev_requirements', ''))
ray_requirements = shlex.split(cfg.get('ray_requirements', ''))  # the optional Ray executor
licenses = {'apache2': ('Apache Software License 2.0', 'OSI Approved :: Apache Software License')}
lic = licenses.get(cfg['license'].lower(), (cfg['license'], None))
statuses = ['1 - Planning', '2 - Pre-Alpha', '3 - Alpha', '4 - Beta', '5 - Production/Stable']

class build_py_with_templates(build_py):
    "Ship the papermill templates inside the package: copied from nbs/experiments (their one source) at build time."
    def run(self):
        super().run()
        src = Path(cfg['nbs_path']) / 'experiments'
        dst = Path(self.build_lib) / cfg['lib_path'] / 'experiments'
        if not src.exists(): raise FileNotFoundError(f'{src} is missing: the papermill templates cannot be packaged')
        dst.mkdir(parents=True, exist_ok=True)
        for f in sorted(src.glob('*.ipynb')): shutil.copyfile(f, dst / f.name)

setuptools.setup(
    cmdclass={'build_py': build_py_with_templates},
    name=cfg['lib_name'],
    version=cfg['version'],
    description=cfg['description'],
    keywords=cfg.get('keywords', ''),
    author=cfg['author'],
    author_email=cfg['author_email'],
    license=lic[0],
    classifiers=[
        'Development Status :: ' + statuses[int(cfg['status'])],
        'Intended Audience :: ' + cfg['audience'].title(),
        'Natural Language :: ' + cfg['language'].title(),
        'Programming Language :: Python :: 3',
    ] + (['License :: ' + lic[1]] if lic[1] else []),
    url=cfg['git_url'],
    packages=setuptools.find_packages(include=[cfg['lib_path'], cfg['lib_path'] + '.*']),
    # the embedded offline corpus (with its license note) and the released teachers; the experiment templates are copied in by build_py above
    package_data={cfg['lib_path']: ['corpora/wikisample/*', 'teachers/*/*']},
    include_package_data=True,
    install_requires=requirements,
    extras_require={'dev': dev_requirements, 'ray': ray_requirements},
    python_requires='>=' + cfg['min_python'],
    long_description=open('README.md', encoding='utf-8').read(),
    long_description_content_type='text/markdown',
    zip_safe=False,
    entry_points={
        'console_scripts': cfg.get('console_scripts', '').split(),
        'nbdev': [f"{cfg['lib_path']}={cfg['lib_path']}._modidx:d"],
    },
)
