@echo off
rem Runs jdump from its source tree: builds cli\target\jdump.jar first when it is missing or
rem older than a pom.xml or a file under src\main of a module it is made of (filter-compiler,
rem capture, cli), showing Maven's output only if it fails. The age check asks PowerShell; where it cannot answer, the jar is rebuilt.
setlocal
set "JDUMP_ROOT=%~dp0"
set "JDUMP_JAR=%JDUMP_ROOT%cli\target\jdump.jar"
if not exist "%JDUMP_JAR%" goto build
powershell -NoProfile -ExecutionPolicy Bypass -Command "$jar = (Get-Item -LiteralPath $env:JDUMP_JAR).LastWriteTimeUtc; $mods = 'filter-compiler','capture','cli'; $src = @(Get-ChildItem -Path (@(Join-Path $env:JDUMP_ROOT 'pom.xml') + @($mods | ForEach-Object { Join-Path $env:JDUMP_ROOT (Join-Path $_ 'pom.xml') })) -File) + @(Get-ChildItem -Path @($mods | ForEach-Object { Join-Path $env:JDUMP_ROOT (Join-Path $_ 'src\main') }) -Recurse -File -ErrorAction SilentlyContinue); if (@($src | Where-Object { $_.LastWriteTimeUtc -gt $jar }).Count -gt 0) { exit 1 } else { exit 0 }" >nul 2>&1
if errorlevel 1 goto build
goto run

:build
set "JDUMP_LOG=%TEMP%\jdump-build-%RANDOM%.log"
pushd "%JDUMP_ROOT%"
call mvn.cmd -B -q -DskipTests package -pl cli -am > "%JDUMP_LOG%" 2>&1
set "JDUMP_RC=%ERRORLEVEL%"
popd
if "%JDUMP_RC%"=="0" goto built
type "%JDUMP_LOG%" 1>&2
del "%JDUMP_LOG%"
echo jdump: building the jar failed: mvn -B -q -DskipTests package -pl cli -am 1>&2
exit /b 1
:built
del "%JDUMP_LOG%"

:run
rem No parenthesised blocks: a ")" in a path such as "Program Files (x86)" would end them.
set "JDUMP_JAVA=java"
if defined JAVA_HOME set "JDUMP_JAVA=%JAVA_HOME%\bin\java.exe"
rem The serial collector and no hsperfdata file, as ./jdump: a cold start is shorter and smaller,
rem and jdump allocates nothing per packet. (./jdump also keeps a class-data archive; not here.)
"%JDUMP_JAVA%" -XX:+UseSerialGC -XX:-UsePerfData -jar "%JDUMP_JAR%" %*
exit /b %ERRORLEVEL%
