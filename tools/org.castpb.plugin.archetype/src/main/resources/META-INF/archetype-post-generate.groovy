// Runs after generation. In batch mode (-B) the plugin does not apply the descriptor's validationRegex, so the
// properties that end up in Java source are checked here; on error the half-made project is removed, so that the
// command can simply be run again.
def problems = []
def region = request.properties.get('region')
if (!(region ==~ /[0-9]{2}|[0-9]{4}|[0-9]{6}/)) {
    problems << "region must be a GB/T 2260 prefix of 2, 4 or 6 digits (43 for Hunan, 4301 for Changsha), not '${region}'"
}
def classPrefix = request.properties.get('classPrefix')
if (!(classPrefix ==~ /[A-Z][A-Za-z0-9]*/)) {
    problems << "classPrefix must start a Java class name, e.g. Hunan, not '${classPrefix}'"
}
if (problems) {
    new File(request.outputDirectory, request.artifactId).deleteDir()
    throw new IllegalArgumentException(problems.join('; '))
}
